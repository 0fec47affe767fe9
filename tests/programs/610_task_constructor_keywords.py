# Tasks made with keywords: asyncio.Task(coro=...), loop.create_task(coro=..., name=...), create_task(coro=...).
import asyncio


async def job(x):
    await asyncio.sleep(0)
    return x * 10


async def main():
    loop = asyncio.get_running_loop()
    a = asyncio.Task(coro=job(1), name="via-Task")
    b = loop.create_task(coro=job(2), name="via-loop")
    c = asyncio.create_task(coro=job(3))
    d = asyncio.create_task(job(4), name="named")
    e = asyncio.ensure_future(coro_or_future=job(5))
    f = asyncio.Task(job(6), loop=loop)
    for t in (a, b, c, d, e, f):
        print(t.get_name(), await t)
    try:
        asyncio.create_task(c=job(7))
    except TypeError as err:
        print("TypeError:", err)


asyncio.run(main())
