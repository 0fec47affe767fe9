# asyncio.Queue, Event and Lock: a producer/consumer with a shutdown event.
import asyncio


async def producer(q, n):
    for i in range(n):
        await q.put(i)
        print("put", i, "at", asyncio.get_running_loop().time())
        await asyncio.sleep(0.1)


async def consumer(q, done, lock, out):
    while not (done.is_set() and q.empty()):
        try:
            item = q.get_nowait()
        except asyncio.QueueEmpty:
            await asyncio.sleep(0.05)
            continue
        async_result = item * item
        await lock.acquire()
        try:
            out.append(async_result)
        finally:
            lock.release()
        q.task_done()


async def main():
    q = asyncio.Queue(maxsize=2)
    done = asyncio.Event()
    lock = asyncio.Lock()
    out = []
    c = asyncio.create_task(consumer(q, done, lock, out))
    await producer(q, 4)
    done.set()
    await c
    print(out, asyncio.get_running_loop().time())


asyncio.run(main())
