# wait_for= in a task's repr names what it awaits: another task, a gather, a plain future.
import asyncio


def show(obj):
    print(repr(obj).replace(__file__, "FILE"))


async def leaf():
    await asyncio.sleep(1)
    return "leaf"


async def waits_for(task):
    return await task


async def gathers():
    return await asyncio.gather(leaf(), leaf())


async def on_future(fut):
    return await fut


async def main():
    inner = asyncio.create_task(leaf(), name="inner")
    outer = asyncio.create_task(waits_for(inner), name="outer")
    group = asyncio.create_task(gathers(), name="group")
    fut = asyncio.get_running_loop().create_future()
    plain = asyncio.create_task(on_future(fut), name="plain")
    await asyncio.sleep(0)
    for t in (inner, outer, group, plain):
        show(t)
    fut.set_result("set")
    await asyncio.sleep(0)
    show(plain)
    print(await outer, await group, await plain)


asyncio.run(main())
