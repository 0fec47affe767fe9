# Cancelling gather: the outer future vs one child, with and without return_exceptions.
import asyncio


async def job(name, d, fail=False):
    try:
        await asyncio.sleep(d)
        if fail:
            raise ValueError(name)
        return name
    except asyncio.CancelledError:
        print("  ", name, "cancelled")
        raise


async def main():
    # 1. cancel the outer gather: every unfinished child is cancelled
    g = asyncio.gather(job("a", 1), job("b", 2))
    await asyncio.sleep(0.5)
    print("cancel outer ->", g.cancel())
    try:
        await g
    except asyncio.CancelledError:
        print("outer raised CancelledError")
    print("g.cancelled():", g.cancelled())

    # 2. cancel one child without return_exceptions: gather raises CancelledError
    c1 = asyncio.create_task(job("c1", 1))
    c2 = asyncio.create_task(job("c2", 2))
    g = asyncio.gather(c1, c2)
    await asyncio.sleep(0.5)
    c1.cancel()
    try:
        await g
    except asyncio.CancelledError:
        print("child cancel propagated; c2 done?", c2.done(), "g.cancelled():", g.cancelled())
    print("c2 result", await c2)

    # 3. with return_exceptions a cancelled child becomes a CancelledError value
    c3 = asyncio.create_task(job("c3", 1))
    c4 = asyncio.create_task(job("c4", 0.2, fail=True))
    g = asyncio.gather(c3, c4, job("c5", 0.1), return_exceptions=True)
    await asyncio.sleep(0.5)
    c3.cancel()
    res = await g
    print([type(r).__name__ if isinstance(r, BaseException) else r for r in res])

    # 4. cancel the outer with return_exceptions
    g = asyncio.gather(job("d1", 1), job("d2", 0.1), return_exceptions=True)
    await asyncio.sleep(0.5)
    g.cancel()
    try:
        print(await g)
    except asyncio.CancelledError:
        print("outer with return_exceptions raised CancelledError")

    # 5. first exception propagates, others keep running
    g = asyncio.gather(job("e1", 0.1, fail=True), job("e2", 0.3))
    try:
        await g
    except ValueError as e:
        print("gather raised", repr(e))
    await asyncio.sleep(0.5)
    print("end at", asyncio.get_running_loop().time())


asyncio.run(main())
