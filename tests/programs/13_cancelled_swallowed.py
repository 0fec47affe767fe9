# A task that swallows CancelledError finishes normally: cancelled() is False and its result is kept.
import asyncio


async def stubborn():
    try:
        await asyncio.sleep(5)
    except asyncio.CancelledError:
        print("stubborn ignores the cancel")
    await asyncio.sleep(1)
    print("stubborn keeps going at", asyncio.get_running_loop().time())
    return "survived"


async def main():
    t = asyncio.create_task(stubborn())
    await asyncio.sleep(2)
    print("cancel:", t.cancel())
    result = await t
    print("result:", result, "cancelled:", t.cancelled())


asyncio.run(main())
