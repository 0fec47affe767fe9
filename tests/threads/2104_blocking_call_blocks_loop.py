# time.sleep inside a coroutine blocks the whole loop; the same call in to_thread does not.
# realclock
import asyncio
import time


async def heartbeat(label):
    for _ in range(2):
        await asyncio.sleep(0.1)
        print(label, "beat")


async def main():
    beat = asyncio.create_task(heartbeat("blocked"))
    await asyncio.sleep(0)
    time.sleep(0.25)
    print("the blocking sleep is over")
    await beat
    beat = asyncio.create_task(heartbeat("free"))
    await asyncio.to_thread(time.sleep, 0.25)
    print("the threaded sleep is over")
    await beat


asyncio.run(main())
