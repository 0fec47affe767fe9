# The asyncio toolbox under load: producers and consumers over a bounded Queue, a Lock
# around a shared counter, an Event to start them all.
import asyncio

N = 20000


async def producer(q, start, k):
    await start.wait()
    for i in range(N // 4):
        await q.put(k * N + i)


async def consumer(q, lock, totals):
    while True:
        item = await q.get()
        async with lock:
            totals[0] += item
        q.task_done()


async def main():
    q = asyncio.Queue(maxsize=16)
    lock = asyncio.Lock()
    start = asyncio.Event()
    totals = [0]
    consumers = [asyncio.create_task(consumer(q, lock, totals)) for _ in range(3)]
    producers = [asyncio.create_task(producer(q, start, k)) for k in range(4)]
    start.set()
    await asyncio.gather(*producers)
    await q.join()
    for c in consumers:
        c.cancel()
    print("total", totals[0])


asyncio.run(main())
