# asyncio.timeout expiring while the task waits for a Lock: the waiter leaves the queue and
# the lock goes to the next waiter.
import asyncio


async def hog(lock):
    async with lock:
        await asyncio.sleep(1)
    print("hog released at", asyncio.get_running_loop().time())


async def hurried(lock):
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout(0.3):
            async with lock:
                print("hurried got the lock")
    except TimeoutError:
        print("hurried gave up at", loop.time(), "locked:", lock.locked())


async def patient(lock):
    async with lock:
        print("patient got the lock at", asyncio.get_running_loop().time())


async def main():
    lock = asyncio.Lock()
    await asyncio.gather(hog(lock), hurried(lock), patient(lock))


asyncio.run(main())
