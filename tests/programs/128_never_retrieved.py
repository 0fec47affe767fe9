# A task fails and nobody awaits it: "Task exception was never retrieved" goes to stderr when it is collected.
import asyncio


async def fails():
    await asyncio.sleep(0.1)
    raise KeyError("lost")


async def main():
    t = asyncio.create_task(fails())
    await asyncio.sleep(1)
    print("task done?", t.done())
    del t
    print("deleted the only reference")
    await asyncio.sleep(0)
    print("main ends")


asyncio.run(main())
print("after run")
