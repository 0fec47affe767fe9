# TaskGroup children contend for a Lock; one fails while the other waits for it.
import asyncio


async def user(lock, name, fail=False):
    try:
        async with lock:
            print(name, "has the lock at", asyncio.get_running_loop().time())
            await asyncio.sleep(0.5)
            if fail:
                raise OSError(f"{name} broke")
    except asyncio.CancelledError:
        print(name, "cancelled; lock locked:", lock.locked())
        raise


async def main():
    lock = asyncio.Lock()
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(user(lock, "a", fail=True))
            tg.create_task(user(lock, "b"))
    except ExceptionGroup as eg:
        print("group:", eg.exceptions, "lock locked:", lock.locked())


asyncio.run(main())
