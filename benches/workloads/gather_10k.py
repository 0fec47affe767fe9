# Benchmark: 10,000 tasks, each sleeping a little, collected together.
# The first subset has no star-args in calls, so `gather(*tasks)` is spelled as
# asyncio.wait(tasks) followed by reading each task's result in creation order.
import asyncio

N = 10000


async def worker(i):
    await asyncio.sleep((i % 100) * 0.001)
    return i


async def main():
    loop = asyncio.get_running_loop()
    tasks = []
    for i in range(N):
        tasks.append(asyncio.create_task(worker(i)))
    done, pending = await asyncio.wait(tasks)
    results = [t.result() for t in tasks]
    print("tasks:", len(results), "done:", len(done), "pending:", len(pending))
    print("sum:", sum(results), "first:", results[0], "last:", results[N - 1])
    print("virtual time:", round(loop.time(), 6))


asyncio.run(main())
