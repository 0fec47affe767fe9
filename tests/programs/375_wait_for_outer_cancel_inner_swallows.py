# The task running wait_for is cancelled; the inner task swallows its cancellation and
# returns. wait_for still raises CancelledError (3.11), and the inner result is kept.
import asyncio


async def stubborn():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("inner swallows at", asyncio.get_running_loop().time())
        return "inner value"


async def outer(holder):
    inner = asyncio.ensure_future(stubborn())
    holder.append(inner)
    return await asyncio.wait_for(inner, 5)


async def main():
    holder = []
    t = asyncio.create_task(outer(holder))
    await asyncio.sleep(1)
    t.cancel()
    r = await asyncio.gather(t, return_exceptions=True)
    print("outer:", type(r[0]).__name__, "inner:", holder[0].result())


asyncio.run(main())
