# Catching CancelledError to clean up, then re-raising, leaves the task cancelled.
import asyncio


async def worker():
    try:
        print("worker sleeping")
        await asyncio.sleep(5)
    except asyncio.CancelledError:
        print("worker cleans up at", asyncio.get_running_loop().time())
        await asyncio.sleep(0.5)
        print("cleanup finished at", asyncio.get_running_loop().time())
        raise
    finally:
        print("worker finally")


async def main():
    t = asyncio.create_task(worker())
    await asyncio.sleep(1)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("main: worker cancelled =", t.cancelled())
    print("end at", asyncio.get_running_loop().time())


asyncio.run(main())
