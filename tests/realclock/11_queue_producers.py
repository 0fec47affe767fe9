# Producers that sleep equal times feeding a queue: items arrive in scheduling order.
import asyncio


async def producer(q, name):
    for i in range(3):
        await asyncio.sleep(0.02)
        await q.put(f"{name}{i}")


async def consumer(q, n):
    got = []
    for _ in range(n):
        got.append(await q.get())
    print(got)


async def main():
    q = asyncio.Queue()
    await asyncio.gather(consumer(q, 9), producer(q, "a"), producer(q, "b"), producer(q, "c"))


asyncio.run(main())
