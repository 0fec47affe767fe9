# Fifty tasks with a few distinct delays: completion order follows deadlines, then the timer heap.
import asyncio

finished = []


async def worker(i):
    await asyncio.sleep((i * 7) % 5 * 0.5)
    finished.append(i)



async def main2():
    tasks = []
    for i in range(50):
        tasks.append(asyncio.create_task(worker(i)))
    for t in tasks:
        await t
    for k in range(5):
        chunk = []
        for j in range(10):
            chunk.append(finished[k * 10 + j])
        print(chunk)
    print("t =", asyncio.get_running_loop().time())


asyncio.run(main2())
