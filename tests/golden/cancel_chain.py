# Cancelling a task that awaits another task cancels the inner one first.
import asyncio


async def inner():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("inner cancelled")
        raise


async def outer():
    await asyncio.create_task(inner(), name="inner")


async def main():
    t = asyncio.create_task(outer(), name="outer")
    await asyncio.sleep(1)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("outer cancelled:", t.cancelled())


asyncio.run(main())
