# A failing TaskGroup child cancels six siblings that each print when cancelled: CPython
# cancels them in the order of the group's set of tasks, which follows memory addresses.
import asyncio


async def child(i):
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("cancelled", i)
        raise


async def bad():
    await asyncio.sleep(1)
    raise ValueError("x")


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            for i in range(6):
                tg.create_task(child(i))
            tg.create_task(bad())
    except ExceptionGroup as e:
        print("caught", e)


asyncio.run(main())
