# wait_for times out, but the inner task swallows the cancellation and returns a value:
# wait_for returns that value instead of raising TimeoutError.
import asyncio


async def stubborn():
    loop = asyncio.get_running_loop()
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("stubborn: cancelled at", loop.time(), "- ignoring")
        await asyncio.sleep(0.25)
        print("stubborn: returning at", loop.time())
        return "kept going"
    return "finished"


async def main():
    loop = asyncio.get_running_loop()
    r = await asyncio.wait_for(stubborn(), timeout=0.5)
    print("wait_for returned", repr(r), "at", loop.time())
    print("cancelling:", asyncio.current_task().cancelling())


asyncio.run(main())
