# The task running a TaskGroup is cancelled from outside: the children are cancelled and the
# CancelledError (not an ExceptionGroup) comes out.
import asyncio


async def child(name):
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print(name, "cancelled at", asyncio.get_running_loop().time())
        raise


async def runner():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(child("only-child"))
            await asyncio.sleep(10)
    except asyncio.CancelledError as e:
        print("runner: CancelledError out of the group", e.args)
        raise


async def main():
    t = asyncio.create_task(runner())
    await asyncio.sleep(1)
    t.cancel("shutdown")
    res = await asyncio.gather(t, return_exceptions=True)
    print("runner cancelled:", t.cancelled(), repr(res[0]))


asyncio.run(main())
