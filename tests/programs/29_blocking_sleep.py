# A blocking time.sleep inside a coroutine stalls the whole loop: other timers fire late.
import asyncio
import time


async def punctual():
    loop = asyncio.get_running_loop()
    for i in range(3):
        await asyncio.sleep(1)
        print("punctual tick", i, "at", loop.time())


async def blocker():
    await asyncio.sleep(0.5)
    print("blocker starts blocking at", time.monotonic())
    time.sleep(2)
    print("blocker done at", time.monotonic(), "wall", time.time() - 1700000000)


async def main():
    await asyncio.gather(punctual(), blocker())
    print("perf_counter", time.perf_counter())


asyncio.run(main())
