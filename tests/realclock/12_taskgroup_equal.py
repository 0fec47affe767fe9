# A TaskGroup of tasks with equal sleeps, one of which fails: the others are cancelled.
# (The group cancels its tasks in the order of a set of them, which in CPython follows memory
# addresses, so the cancelled names are collected and printed sorted.)
import asyncio


cancelled = []


async def job(name, fail):
    try:
        await asyncio.sleep(0.03)
        if fail:
            raise ValueError(name)
        await asyncio.sleep(0.03)
        print(name, "finished")
    except asyncio.CancelledError:
        cancelled.append(name)
        raise


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            for name in "abcd":
                tg.create_task(job(name, name == "b"))
    except ExceptionGroup as eg:
        print("failed:", [str(e) for e in eg.exceptions])
    print("cancelled:", sorted(cancelled))


asyncio.run(main())
