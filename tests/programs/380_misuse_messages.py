# Misusing the toolbox raises CPython's errors, with CPython's messages.
import asyncio


async def main():
    lock = asyncio.Lock()
    cases = [
        lambda: asyncio.Event(1),
        lambda: lock.acquire(1),
        lambda: asyncio.Semaphore("a"),
        lambda: asyncio.Queue(maxsize="x").full(),
        lambda: asyncio.timeout("x"),
        lambda: asyncio.Queue().put_nowait(),
        lambda: asyncio.TaskGroup(1),
        lambda: asyncio.shield(5),
        lambda: asyncio.Condition(lock=5).locked(),
        lambda: asyncio.BoundedSemaphore(value=-2),
        lambda: asyncio.Barrier(0),
    ]
    for f in cases:
        try:
            f()
        except Exception as e:
            print(type(e).__name__, e)
    for coro in (asyncio.wait_for(5, 1), asyncio.wait_for(asyncio.sleep(0), "x")):
        try:
            await coro
        except Exception as e:
            print(type(e).__name__, e)


asyncio.run(main())
