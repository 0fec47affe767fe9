# datetime.now() inside tasks tracks the virtual clock: timestamps of a small scheduler's runs.
import asyncio
from datetime import datetime, timedelta


async def every(name, seconds, times):
    for _ in range(times):
        await asyncio.sleep(seconds)
        print(f"{datetime.now():%H:%M:%S.%f} {name}")


async def main():
    start = datetime.now()
    await asyncio.gather(every("fast", 0.75, 3), every("slow", 2, 2))
    elapsed = datetime.now() - start
    print("elapsed", elapsed, elapsed > timedelta(seconds=3), repr(elapsed))
    deadline = datetime.now() + timedelta(seconds=10)
    while datetime.now() < deadline:
        await asyncio.sleep(4)
    print("passed the deadline by", datetime.now() - deadline)


asyncio.run(main())
