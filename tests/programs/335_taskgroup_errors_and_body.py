# TaskGroup: the body raising, two failures at once, and create_task at the wrong time.
import asyncio


async def fail(msg, d):
    await asyncio.sleep(d)
    raise RuntimeError(msg)


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            t = tg.create_task(fail("late", 1))
            raise KeyError("body")
    except ExceptionGroup as eg:
        print("body error grouped:", eg.exceptions, "child cancelled:", t.cancelled())
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail("one", 0.1))
            tg.create_task(fail("two", 0.1))
    except ExceptionGroup as eg:
        print(eg, [str(e) for e in eg.exceptions])
    tg = asyncio.TaskGroup()
    coro = fail("never", 0)
    try:
        tg.create_task(coro)
    except RuntimeError as e:
        print("RuntimeError:", e)
    coro.close()
    async with tg:
        pass
    coro = fail("never", 0)
    try:
        tg.create_task(coro)
    except RuntimeError as e:
        print("RuntimeError:", e)
    coro.close()
    try:
        async with tg:
            pass
    except RuntimeError as e:
        print("RuntimeError:", e)


asyncio.run(main())
