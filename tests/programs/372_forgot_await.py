# Forgetting `await` on Queue.put and Lock.acquire: the coroutines are never awaited.
import asyncio


async def main():
    q = asyncio.Queue()
    q.put(1)
    print("size after q.put(1) without await:", q.qsize())
    lock = asyncio.Lock()
    lock.acquire()
    print("locked?", lock.locked())
    try:
        with lock:
            pass
    except TypeError as e:
        print("TypeError:", e)
    try:
        await lock
    except TypeError as e:
        print("TypeError:", e)


asyncio.run(main())
