# expect-exit: 2
# expect-stderr: 45_asyncio_to_thread.py:10:19: error: unsupported: `asyncio.to_thread`
# expect-stderr: coroviz models these names of `asyncio`
import asyncio
import time


async def main():
    await asyncio.sleep(0)
    await asyncio.to_thread(time.sleep, 1)


asyncio.run(main())
