# Equal deadlines where the first waker spawns a task: the spawned task runs after every waker.
import asyncio


async def late(name):
    print("late task", name)


async def sleeper(name, spawn):
    await asyncio.sleep(0.05)
    print(name, "woke")
    if spawn:
        asyncio.create_task(late(name))
        await asyncio.sleep(0)
        print(name, "after sleep(0)")


async def main():
    tasks = [asyncio.create_task(sleeper(n, n == "first")) for n in ("first", "second", "third", "fourth")]
    await asyncio.sleep(0.05)
    print("main woke")
    await asyncio.gather(*tasks)
    print("done")


asyncio.run(main())
