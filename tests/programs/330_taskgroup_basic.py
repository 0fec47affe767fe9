# TaskGroup: the block waits for every child; results are read from the tasks.
import asyncio


async def work(name, d):
    await asyncio.sleep(d)
    print(name, "done at", asyncio.get_running_loop().time())
    return name.upper()


async def main():
    async with asyncio.TaskGroup() as tg:
        a = tg.create_task(work("a", 0.3))
        b = tg.create_task(work("b", 0.1), name="bee")
        print("created", a.get_name(), b.get_name())
        c = tg.create_task(work("c", 0.2))
    print("after the block:", a.result(), b.result(), c.result(), asyncio.get_running_loop().time())
    async with asyncio.TaskGroup():
        pass
    print("empty group ok")


asyncio.run(main())
