# Two workers share a Lock; a producer feeds a consumer through a bounded Queue.
import asyncio


async def worker(name, lock):
    async with lock:
        print(name, "has the lock")
        await asyncio.sleep(1)
    print(name, "released it")


async def producer(q):
    for i in range(3):
        await q.put(i)
        print("put", i)


async def consumer(q):
    for _ in range(3):
        item = await q.get()
        await asyncio.sleep(0.5)
        print("got", item)
        q.task_done()


async def main():
    lock = asyncio.Lock()
    q = asyncio.Queue(maxsize=1)
    await asyncio.gather(
        worker("A", lock), worker("B", lock), producer(q), consumer(q)
    )


asyncio.run(main())
