# wait_for around Lock.acquire: the timed-out acquirer never takes the lock.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    lock = asyncio.Lock()
    await lock.acquire()
    try:
        await asyncio.wait_for(lock.acquire(), 0.2)
    except TimeoutError:
        print("acquire timed out at", loop.time(), "locked:", lock.locked())
    loop.call_later(0.3, lock.release)
    print("acquired:", await asyncio.wait_for(lock.acquire(), 1), "at", loop.time())
    lock.release()
    print("locked:", lock.locked())


asyncio.run(main())
