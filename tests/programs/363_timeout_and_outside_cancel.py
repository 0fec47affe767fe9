# A task inside asyncio.timeout is also cancelled from outside: the outside cancellation
# wins, so CancelledError (not TimeoutError) leaves the block.
import asyncio


async def worker():
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout(1):
            await asyncio.sleep(5)
    except TimeoutError:
        print("TimeoutError (unexpected)")
    except asyncio.CancelledError:
        print("CancelledError at", loop.time(), "cancelling:", asyncio.current_task().cancelling())
        raise


async def main():
    t = asyncio.create_task(worker())
    await asyncio.sleep(1)
    t.cancel()
    await asyncio.gather(t, return_exceptions=True)
    print("worker cancelled:", t.cancelled())


asyncio.run(main())
