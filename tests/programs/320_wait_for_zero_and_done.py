# wait_for with timeout <= 0 (cancel at once unless done), with a done future, with None.
import asyncio


async def quick():
    return "quick"


async def slow():
    await asyncio.sleep(1)
    return "slow"


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    fut.set_result(42)
    print("done future, timeout 0:", await asyncio.wait_for(fut, 0))
    try:
        await asyncio.wait_for(slow(), 0)
    except TimeoutError as e:
        print("zero timeout:", type(e).__name__, "at", loop.time(), type(e.__cause__).__name__)
    try:
        await asyncio.wait_for(slow(), -1)
    except TimeoutError:
        print("negative timeout at", loop.time())
    print("None timeout:", await asyncio.wait_for(slow(), None), loop.time())
    t = asyncio.create_task(quick())
    await asyncio.sleep(0)
    print("finished task, timeout 0:", await asyncio.wait_for(t, 0))
    try:
        await asyncio.wait_for(asyncio.sleep(1, result="x"), 0.999999)
    except TimeoutError:
        print("just too short at", loop.time())


asyncio.run(main())
