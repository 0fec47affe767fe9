# Equal deadlines: timers fire in the order they were scheduled (as on a real clock, where each call_later reads a later time); a task spawned by a waker runs after all of them.
import asyncio


async def late(name):
    print("late task", name, "runs at", asyncio.get_running_loop().time())


async def sleeper(name, spawn):
    await asyncio.sleep(1)
    print(name, "woke at", asyncio.get_running_loop().time())
    if spawn:
        asyncio.create_task(late(name))
        await asyncio.sleep(0)


async def main():
    tasks = [
        asyncio.create_task(sleeper("first", True)),
        asyncio.create_task(sleeper("second", False)),
        asyncio.create_task(sleeper("third", False)),
    ]
    await asyncio.sleep(1)
    print("main woke at", asyncio.get_running_loop().time())
    for t in tasks:
        await t
    print("done")


asyncio.run(main())
