# asyncio.Semaphore: a waiter cancelled after being woken hands its slot to the next waiter.
import asyncio


async def user(sem, name):
    loop = asyncio.get_running_loop()
    try:
        async with sem:
            print(name, "got it at", loop.time())
            await asyncio.sleep(1)
    except asyncio.CancelledError:
        print(name, "cancelled at", loop.time())
        raise


async def main():
    sem = asyncio.Semaphore(1)
    a = asyncio.create_task(user(sem, "a"))
    b = asyncio.create_task(user(sem, "b"))
    c = asyncio.create_task(user(sem, "c"))
    await asyncio.sleep(1)
    # a released at t=1 and woke b; b is cancelled before it runs.
    b.cancel()
    await asyncio.gather(a, b, c, return_exceptions=True)
    print("end", asyncio.get_running_loop().time(), sem.locked())


asyncio.run(main())
