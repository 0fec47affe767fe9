import asyncio


async def worker(lock, d):
    async with lock:
        await asyncio.sleep(d)


async def main():
    lock = asyncio.Lock()
    a = asyncio.create_task(worker(lock, 0.2))
    b = asyncio.create_task(worker(lock, 0.1))
    c = asyncio.create_task(worker(lock, 0.1))
    await asyncio.sleep(0.05)
    c.cancel()
    await asyncio.gather(a, b, c, return_exceptions=True)


asyncio.run(main())
