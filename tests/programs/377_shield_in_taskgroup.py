# shield inside a TaskGroup child: when the group aborts, the shielded work keeps going.
import asyncio

results = []


async def save():
    await asyncio.sleep(1)
    results.append("saved")
    print("save finished at", asyncio.get_running_loop().time())


async def child(keep):
    try:
        await asyncio.shield(keep)
    except asyncio.CancelledError:
        print("child cancelled; save still running:", not keep.done())
        raise


async def boom():
    await asyncio.sleep(0.2)
    raise ValueError("boom")


async def main():
    keep = asyncio.create_task(save())
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(child(keep))
            tg.create_task(boom())
    except ExceptionGroup as eg:
        print("group:", eg)
    await keep
    print(results, asyncio.get_running_loop().time())


asyncio.run(main())
