# Cancel messages travel through wait_for and out of a TaskGroup.
import asyncio


async def sleeper():
    await asyncio.sleep(10)


async def through_wait_for():
    await asyncio.wait_for(sleeper(), 5)


async def through_group():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(sleeper())
        await asyncio.sleep(10)


async def main():
    for coro in (through_wait_for(), through_group()):
        t = asyncio.create_task(coro)
        await asyncio.sleep(0.5)
        t.cancel(f"bye from {coro.__name__}")
        try:
            await t
        except asyncio.CancelledError as e:
            print(coro.__name__, "cancelled with", e.args, "at", asyncio.get_running_loop().time())


asyncio.run(main())
