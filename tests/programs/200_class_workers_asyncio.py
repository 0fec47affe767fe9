# A class-based producer/consumer on asyncio: a small queue built from futures, an
# async lock as a context manager, and workers whose methods are coroutines.
import asyncio
from collections import abc


class SimpleQueue:
    def __init__(self):
        self._items = []
        self._waiters = []

    def put(self, item):
        self._items.append(item)
        while self._waiters:
            w = self._waiters.pop(0)
            if not w.done():
                w.set_result(None)
                break

    async def get(self):
        while not self._items:
            fut = asyncio.get_running_loop().create_future()
            self._waiters.append(fut)
            await fut
        return self._items.pop(0)

    def __len__(self):
        return len(self._items)


class AsyncLock:
    def __init__(self):
        self._locked = False
        self._waiters = []

    async def __aenter__(self):
        while self._locked:
            fut = asyncio.get_running_loop().create_future()
            self._waiters.append(fut)
            await fut
        self._locked = True

    async def __aexit__(self, *exc):
        self._locked = False
        if self._waiters:
            self._waiters.pop(0).set_result(None)


class Worker:
    def __init__(self, name, queue, lock, log):
        self.name = name
        self.queue = queue
        self.lock = lock
        self.log = log

    async def run(self):
        while True:
            job = await self.queue.get()
            if job is None:
                return self.name
            async with self.lock:
                now = asyncio.get_running_loop().time()
                self.log.append(f"{now:.1f} {self.name} {job}")
                await asyncio.sleep(0.5)


async def main():
    q, lock, log = SimpleQueue(), AsyncLock(), []
    workers = [Worker(f"w{i}", q, lock, log) for i in range(3)]
    tasks = [asyncio.create_task(w.run(), name=w.name) for w in workers]
    for j in range(5):
        q.put(f"job{j}")
        await asyncio.sleep(0.2)
    print("queued", len(q))
    for _ in workers:
        q.put(None)
    print(await asyncio.gather(*tasks))
    print("\n".join(log))
    print(isinstance(workers, abc.Sized), isinstance(q, abc.Sized))


asyncio.run(main())
