# gather(return_exceptions=True) reports a cancelled child as CancelledError(''), and in 3.11 even a cancel message is lost.
import asyncio


async def sleeper(d):
    await asyncio.sleep(d)
    return d


async def main():
    a = asyncio.create_task(sleeper(1))
    b = asyncio.create_task(sleeper(2))
    c = asyncio.create_task(sleeper(3))
    g = asyncio.gather(a, b, c, return_exceptions=True)
    await asyncio.sleep(0.5)
    b.cancel()
    c.cancel("with a message")
    results = await g
    print([repr(r) for r in results])
    print("b:", b.cancelled(), "c:", c.cancelled(), "gather:", g.cancelled())


asyncio.run(main())
