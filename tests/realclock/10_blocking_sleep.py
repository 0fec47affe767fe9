# time.sleep blocks the loop: timers that fall due meanwhile fire together afterwards, by deadline.
import asyncio
import time


async def ticker(name, d):
    await asyncio.sleep(d)
    print(name, "woke")


async def blocker():
    await asyncio.sleep(0)
    print("blocking")
    time.sleep(0.1)
    print("unblocked")


async def main():
    await asyncio.gather(ticker("t3", 0.06), blocker(), ticker("t1", 0.02), ticker("t2", 0.04))


asyncio.run(main())
