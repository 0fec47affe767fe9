"""A new user's everyday program: same-time sleeps, a dataclass job queue, an itertools spinner, a TaskGroup with except*, a printed Task."""
import asyncio
import itertools
from dataclasses import dataclass, field


@dataclass(order=True)
class Job:
    priority: int
    name: str = field(compare=False)
    attempts: int = field(default=0, compare=False)


async def same_time(name):
    await asyncio.sleep(1)
    print(name, end=" ")


async def spinner(done):
    for frame in itertools.cycle("|/-\\"):
        if done.is_set():
            break
        print("spin", frame)
        await asyncio.sleep(0.25)


async def consume(queue, results):
    while True:
        job = await queue.get()
        job.attempts += 1
        await asyncio.sleep(job.priority / 10)
        results.append(job)
        queue.task_done()


async def flaky(n):
    await asyncio.sleep(n / 10)
    if n % 2:
        raise ValueError(f"job {n} failed")
    return n


async def main():
    await asyncio.gather(*(same_time(c) for c in "abcdefg"))
    print()

    queue = asyncio.PriorityQueue()
    for p, name in [(3, "deploy"), (1, "lint"), (2, "test")]:
        queue.put_nowait(Job(p, name))
    results = []
    done = asyncio.Event()
    spin = asyncio.create_task(spinner(done))
    workers = [asyncio.create_task(consume(queue, results), name=f"worker-{i}") for i in range(2)]
    print(workers[0])
    await queue.join()
    done.set()
    await spin
    for w in workers:
        w.cancel()
    await asyncio.gather(*workers, return_exceptions=True)
    print(workers[0])
    print([(j.name, j.attempts) for j in results])

    try:
        async with asyncio.TaskGroup() as tg:
            for n in range(4):
                tg.create_task(flaky(n))
    except* ValueError as group:
        print("failed:", sorted(str(e) for e in group.exceptions))

    task = asyncio.create_task(flaky(2), name="last")
    print(task)
    print(await task, task)


asyncio.run(main())
