# Done callbacks run via call_soon in registration order; one added before `await t` runs before the awaiter resumes.
import asyncio


def make_cb(label):
    def cb(fut):
        print("callback", label, "sees", fut.result())
    return cb


async def work():
    await asyncio.sleep(0.5)
    print("work returns")
    return "ok"


async def main():
    t = asyncio.create_task(work())
    t.add_done_callback(make_cb("one"))
    t.add_done_callback(make_cb("two"))
    t.add_done_callback(lambda f: print("lambda callback, done =", f.done()))
    result = await t
    print("main resumes with", result)
    t.add_done_callback(make_cb("late"))
    print("late callback added")
    await asyncio.sleep(0)
    print("after one iteration")


asyncio.run(main())
