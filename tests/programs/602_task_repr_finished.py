# Finished tasks print their result or exception with repr(), and the coroutine as "done, defined at FILE:LINE".
import asyncio


async def give(value):
    return value


async def fail(exc):
    raise exc


async def main():
    tasks = [
        asyncio.create_task(give(5)),
        asyncio.create_task(give("text")),
        asyncio.create_task(give(None)),
        asyncio.create_task(give([1, (2, 3)])),
        asyncio.create_task(give({"k": 1.5})),
        asyncio.create_task(fail(ValueError("bad value"))),
        asyncio.create_task(fail(KeyError("key"))),
        asyncio.create_task(fail(RuntimeError())),
    ]
    await asyncio.wait(tasks)
    for t in tasks:
        print(repr(t).replace(__file__, "FILE"))
    for t in tasks[5:]:
        t.exception()


asyncio.run(main())
