# wait_for times out; the inner task cleans up for a while, then re-raises: TimeoutError
# comes only after the cleanup, chained from the CancelledError.
import asyncio


async def careful(t):
    loop = asyncio.get_running_loop()
    try:
        await asyncio.sleep(t)
        return t
    except asyncio.CancelledError:
        print("careful: cleaning up from", loop.time())
        await asyncio.sleep(0.3)
        print("careful: cleaned up at", loop.time())
        raise


async def main():
    loop = asyncio.get_running_loop()
    try:
        await asyncio.wait_for(careful(5), 1)
    except TimeoutError as e:
        print("TimeoutError at", loop.time(), "cause:", type(e.__cause__).__name__)
    task = asyncio.create_task(careful(0.2))
    print("task result:", await asyncio.wait_for(task, 1), loop.time())
    print("task done:", task.done())


asyncio.run(main())
