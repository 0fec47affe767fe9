# Tasks created in a loop, all sleeping the same delay, then a second round of equal sleeps.
import asyncio


async def worker(i):
    await asyncio.sleep(0.03)
    print("first", i)
    await asyncio.sleep(0.03)
    print("second", i)
    return i


async def main():
    tasks = [asyncio.create_task(worker(i)) for i in range(12)]
    print(await asyncio.gather(*tasks))


asyncio.run(main())
