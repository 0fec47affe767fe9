# asyncio.Lock: a waiter cancelled while queued leaves the line; the next one gets the lock.
import asyncio


async def holder(lock):
    async with lock:
        print("holder has it")
        await asyncio.sleep(1)
    print("holder released at", asyncio.get_running_loop().time())


async def waiter(lock, name):
    try:
        await lock.acquire()
    except asyncio.CancelledError:
        print(name, "cancelled while waiting; locked:", lock.locked())
        raise
    try:
        print(name, "acquired at", asyncio.get_running_loop().time())
        await asyncio.sleep(0.5)
    finally:
        lock.release()
        print(name, "released")


async def main():
    lock = asyncio.Lock()
    h = asyncio.create_task(holder(lock))
    await asyncio.sleep(0)
    w1 = asyncio.create_task(waiter(lock, "w1"))
    w2 = asyncio.create_task(waiter(lock, "w2"))
    await asyncio.sleep(0.5)
    w1.cancel()
    await asyncio.gather(h, w1, w2, return_exceptions=True)
    print("w1 cancelled:", w1.cancelled(), "w2 done:", w2.done())


asyncio.run(main())
