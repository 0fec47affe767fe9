# asyncio.Lock: three tasks queue for the lock and get it in arrival order.
import asyncio

lock = None


async def worker(name, hold):
    loop = asyncio.get_running_loop()
    print(name, "wants the lock at", loop.time(), "locked:", lock.locked())
    async with lock:
        print(name, "has the lock at", loop.time())
        await asyncio.sleep(hold)
        print(name, "releases at", loop.time())
    print(name, "done; locked:", lock.locked())


async def main():
    global lock
    lock = asyncio.Lock()
    tasks = [asyncio.create_task(worker(n, h)) for n, h in [("a", 0.3), ("b", 0.1), ("c", 0.2)]]
    await asyncio.sleep(0)
    print("all waiting; locked:", lock.locked())
    await asyncio.gather(*tasks)
    print("end", asyncio.get_running_loop().time(), lock.locked())


asyncio.run(main())
