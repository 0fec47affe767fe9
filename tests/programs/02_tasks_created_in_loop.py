# Tasks created in a for loop start in creation order, but only once main yields.
import asyncio


async def worker(n, delay):
    loop = asyncio.get_running_loop()
    print(f"worker {n} starts at {loop.time()}")
    await asyncio.sleep(delay)
    print(f"worker {n} ends at {loop.time()}")
    return n * 10


async def main():
    tasks = []
    for i, d in enumerate([0.3, 0.1, 0.2, 0.1]):
        tasks.append(asyncio.create_task(worker(i, d)))
        print("created", i)
    print("main yields")
    results = []
    for t in tasks:
        results.append(await t)
    print("results", results)


asyncio.run(main())
