# Semaphore(0): release() from outside lets waiters through one at a time, in order.
import asyncio


async def waiter(sem, name):
    await sem.acquire()
    print(name, "through at", asyncio.get_running_loop().time())


async def main():
    sem = asyncio.Semaphore(0)
    ts = [asyncio.create_task(waiter(sem, f"t{i}")) for i in range(5)]
    await asyncio.sleep(0)
    for i in range(5):
        await asyncio.sleep(0.1)
        sem.release()
        if i == 2:
            sem.release()
    await asyncio.gather(*ts)
    print("value left:", sem._value, sem.locked())


asyncio.run(main())
