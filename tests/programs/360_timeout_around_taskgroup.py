# asyncio.timeout around a TaskGroup: the deadline cancels the body, the group cancels its
# children, and TimeoutError comes out (not an ExceptionGroup).
import asyncio


async def child(n):
    try:
        await asyncio.sleep(n)
        print("child", n, "finished")
    except asyncio.CancelledError:
        print("child", n, "cancelled at", asyncio.get_running_loop().time())
        raise


async def main():
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout(1.5):
            async with asyncio.TaskGroup() as tg:
                tg.create_task(child(1))
                tg.create_task(child(5))
    except TimeoutError:
        print("TimeoutError at", loop.time(), "cancelling:", asyncio.current_task().cancelling())


asyncio.run(main())
