# A future's repr keeps callbacks until they are scheduled: after set_result they are gone from the repr.
import asyncio


def show(label, obj):
    print(label, repr(obj).replace(__file__, "FILE"))


def first(fut):
    print("first callback, result", fut.result())


def second(fut):
    print("second callback")


async def main():
    fut = asyncio.get_running_loop().create_future()
    fut.add_done_callback(first)
    fut.add_done_callback(second)
    show("pending:", fut)
    print("removed", fut.remove_done_callback(second))
    show("after remove:", fut)
    fut.set_result("ready")
    show("finished:", fut)
    await asyncio.sleep(0)
    fut.add_done_callback(second)
    show("late callback:", fut)
    await asyncio.sleep(0)


asyncio.run(main())
