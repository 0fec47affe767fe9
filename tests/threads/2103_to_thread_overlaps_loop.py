# While a thread sleeps, the event loop keeps running other tasks.
# realclock
import asyncio
import time


def slow_file_read():
    time.sleep(0.3)
    return "file contents"


async def ticker():
    for n in range(1, 3):
        await asyncio.sleep(0.1)
        print("tick", n)


async def main():
    data, _ = await asyncio.gather(asyncio.to_thread(slow_file_read), ticker())
    print("read:", data)


asyncio.run(main())
