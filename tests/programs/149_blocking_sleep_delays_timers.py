# time.sleep inside a task blocks the loop: overdue timers then fire together, in deadline order.
import asyncio
import time


async def ticker(name, period, n):
    for i in range(n):
        await asyncio.sleep(period)
        print(f"{name} tick {i} at {asyncio.get_running_loop().time():.2f} (monotonic {time.monotonic():.2f})")


async def hog():
    await asyncio.sleep(0.25)
    print("hog blocks at", time.monotonic())
    time.sleep(1.3)
    print("hog unblocks at", time.monotonic())
    await asyncio.sleep(0)
    print("hog after sleep(0) at", time.monotonic())
    time.sleep(0.01)


async def main():
    loop = asyncio.get_running_loop()
    loop.call_at(1.0, print, "call_at 1.0 ran late")
    loop.call_later(0.5, print, "call_later 0.5 ran late")
    await asyncio.gather(ticker("fast", 0.2, 5), ticker("slow", 0.7, 2), hog())
    print("end", loop.time(), time.time() - 1_700_000_000)


asyncio.run(main())
