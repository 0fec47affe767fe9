# Nested TaskGroups: a failure in the inner group cancels its siblings, then the outer group
# sees the inner ExceptionGroup and cancels its own children.
import asyncio


async def sleeper(name, d):
    try:
        await asyncio.sleep(d)
        print(name, "finished")
    except asyncio.CancelledError:
        print(name, "cancelled at", asyncio.get_running_loop().time())
        raise


async def boom():
    await asyncio.sleep(0.1)
    raise KeyError("inner boom")


async def inner_group():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(boom())
        tg.create_task(sleeper("inner-sibling", 1))


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(sleeper("quick", 0.05))
            tg.create_task(inner_group())
            tg.create_task(sleeper("outer-sibling", 2))
    except ExceptionGroup as eg:
        print("outer:", eg)
        inner = eg.exceptions[0]
        print("inner:", type(inner).__name__, inner, inner.exceptions)


asyncio.run(main())
