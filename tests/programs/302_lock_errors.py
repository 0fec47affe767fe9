# asyncio.Lock: releasing an unlocked lock, an exception inside `async with`, acquire's result.
import asyncio


async def main():
    lock = asyncio.Lock()
    try:
        lock.release()
    except RuntimeError as e:
        print("release unlocked:", e)
    print("acquire returns", await lock.acquire())
    lock.release()
    try:
        async with lock:
            print("inside, locked:", lock.locked())
            raise KeyError("boom")
    except KeyError as e:
        print("caught", repr(e), "locked after:", lock.locked())
    async with lock as value:
        print("as value:", value)


asyncio.run(main())
