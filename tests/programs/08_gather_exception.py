# gather propagates the first exception at once; the other children keep running.
import asyncio


async def job(name, delay, fail):
    await asyncio.sleep(delay)
    if fail:
        print(name, "fails at", asyncio.get_running_loop().time())
        raise RuntimeError(name + " exploded")
    print(name, "finishes at", asyncio.get_running_loop().time())
    return name


async def main():
    a = asyncio.create_task(job("a", 0.1, False))
    b = asyncio.create_task(job("b", 0.2, True))
    c = asyncio.create_task(job("c", 0.5, False))
    try:
        await asyncio.gather(a, b, c)
    except RuntimeError as e:
        print("gather raised:", e, "at", asyncio.get_running_loop().time())
    print("c still running?", not c.done())
    print("c result:", await c)
    print("b exception:", repr(b.exception()))


asyncio.run(main())
