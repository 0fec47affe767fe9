# Several releases in one step wake several waiters, all in the next iteration, in order.
import asyncio

order = []


async def w(sem, i):
    await sem.acquire()
    order.append(i)
    print("w", i, "in; locked:", sem.locked())


async def main():
    sem = asyncio.Semaphore(0)
    ts = [asyncio.create_task(w(sem, i)) for i in range(4)]
    await asyncio.sleep(0)
    sem.release()
    sem.release()
    sem.release()
    print("released 3; locked:", sem.locked())
    await asyncio.sleep(0)
    print("after one step:", order)
    await asyncio.sleep(0)
    print("after two steps:", order)
    sem.release()
    await asyncio.gather(*ts)
    print(order)


asyncio.run(main())
