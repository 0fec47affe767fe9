# A bare Future is completed by someone else; awaiting it suspends until set_result.
import asyncio


async def setter(fut, value, delay):
    await asyncio.sleep(delay)
    print("setting", value, "at", asyncio.get_running_loop().time())
    fut.set_result(value)
    print("after set_result, done =", fut.done())


async def main():
    loop = asyncio.get_running_loop()
    f1 = asyncio.Future()
    f2 = loop.create_future()
    print("f1 done?", f1.done(), "f2 done?", f2.done())
    asyncio.create_task(setter(f1, "first", 1))
    asyncio.create_task(setter(f2, "second", 0.5))
    print("f1 ->", await f1)
    print("f2 ->", await f2, "(already done)")
    print("results", f1.result(), f2.result(), f1.exception())


asyncio.run(main())
