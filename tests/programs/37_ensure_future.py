# ensure_future wraps a coroutine in a new task but returns a task or future unchanged.
import asyncio


async def value(v):
    await asyncio.sleep(0.1)
    return v


async def main():
    t = asyncio.create_task(value(1))
    same = asyncio.ensure_future(t)
    print("same object:", same is t)
    wrapped = asyncio.ensure_future(value(2))
    print("new task:", wrapped is not t, wrapped.get_name())
    fut = asyncio.get_running_loop().create_future()
    print("future unchanged:", asyncio.ensure_future(fut) is fut)
    fut.set_result(3)
    print(await t, await wrapped, await fut)


asyncio.run(main())
