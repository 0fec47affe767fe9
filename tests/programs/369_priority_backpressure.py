# PriorityQueue with a maxsize: producers block; the consumer always takes the most urgent.
import asyncio


async def producer(q, name, items):
    for prio in items:
        await q.put((prio, name))
        print(f"{asyncio.get_running_loop().time():.1f} {name} put {prio}")


async def consumer(q, n):
    for _ in range(n):
        await asyncio.sleep(0.2)
        print(f"{asyncio.get_running_loop().time():.1f} took", q.get_nowait())


async def main():
    q = asyncio.PriorityQueue(maxsize=2)
    await asyncio.gather(
        producer(q, "p1", [5, 1, 4]),
        producer(q, "p2", [3, 2]),
        consumer(q, 5),
    )


asyncio.run(main())
