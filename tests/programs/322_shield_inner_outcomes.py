# shield passes on the inner task's exception, and its cancellation.
import asyncio


async def fails():
    await asyncio.sleep(0.1)
    raise ValueError("inner failed")


async def forever():
    await asyncio.sleep(100)


async def main():
    try:
        await asyncio.shield(fails())
    except ValueError as e:
        print("through shield:", e)
    t = asyncio.create_task(forever())
    s = asyncio.shield(t)
    await asyncio.sleep(0.1)
    t.cancel()
    try:
        await s
    except asyncio.CancelledError:
        print("inner cancelled -> shield cancelled:", s.cancelled())
    print(await asyncio.shield(asyncio.sleep(0.2, result="coro ok")))


asyncio.run(main())
