# Round-robin work assignment with itertools.cycle, run as asyncio tasks; results in order with gather.
import asyncio
from itertools import count, cycle


async def worker(name, job, seconds):
    await asyncio.sleep(seconds)
    return f"{name} finished {job}"


async def main():
    workers = cycle(["w1", "w2", "w3"])
    ids = count(1)
    jobs = [(f"job{next(ids)}", d) for d in (0.3, 0.1, 0.2, 0.4, 0.1)]
    tasks = []
    for (job, seconds), name in zip(jobs, workers):
        print("assign", job, "to", name)
        tasks.append(asyncio.create_task(worker(name, job, seconds)))
    for line in await asyncio.gather(*tasks):
        print(line)


asyncio.run(main())
