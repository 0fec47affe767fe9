# asyncio.Queue(maxsize=2): the producer blocks in put() until the slow consumer makes room.
import asyncio


async def producer(q):
    loop = asyncio.get_running_loop()
    for i in range(6):
        print(f"{loop.time():.1f} put {i}? full={q.full()}")
        await q.put(i)
        print(f"{loop.time():.1f} put {i} done, size={q.qsize()}")
    await q.put(None)


async def consumer(q):
    loop = asyncio.get_running_loop()
    while (item := await q.get()) is not None:
        print(f"{loop.time():.1f} got {item}")
        await asyncio.sleep(0.3)


async def main():
    q = asyncio.Queue(maxsize=2)
    await asyncio.gather(producer(q), consumer(q))


asyncio.run(main())
