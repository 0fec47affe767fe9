# asyncio.BoundedSemaphore: releasing more than acquired is a ValueError; Semaphore allows it.
import asyncio


async def main():
    b = asyncio.BoundedSemaphore(2)
    await b.acquire()
    b.release()
    try:
        b.release()
    except ValueError as e:
        print("bounded:", e)
    s = asyncio.Semaphore(1)
    s.release()
    print("plain semaphore locked after extra release:", s.locked())
    await s.acquire()
    await s.acquire()
    print("two acquires, locked:", s.locked())
    try:
        asyncio.Semaphore(-1)
    except ValueError as e:
        print("negative:", e)
    b.release()


asyncio.run(main())
