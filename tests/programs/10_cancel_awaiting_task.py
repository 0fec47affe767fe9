# Cancelling a task that awaits another task cancels the inner task first.
import asyncio


async def inner():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("inner cancelled at", asyncio.get_running_loop().time())
        raise


async def outer(t):
    try:
        await t
    except asyncio.CancelledError:
        print("outer cancelled; inner cancelled?", t.cancelled())
        raise


async def main():
    i = asyncio.create_task(inner(), name="inner")
    o = asyncio.create_task(outer(i), name="outer")
    await asyncio.sleep(1)
    print("cancel outer:", o.cancel())
    try:
        await o
    except asyncio.CancelledError:
        print("main sees outer cancelled:", o.cancelled(), "inner:", i.cancelled())


asyncio.run(main())
