# expect-exit: 3
# expect-stderr: deadlock
import asyncio


async def main():
    fut = asyncio.get_running_loop().create_future()
    print("waiting for a future nobody completes")
    await fut


asyncio.run(main())
