# The task running wait_for is cancelled from outside: the inner task is cancelled too and
# wait_for waits for it before raising CancelledError (bpo-32751).
import asyncio


async def inner():
    loop = asyncio.get_running_loop()
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError as e:
        print("inner cancelled at", loop.time(), e.args)
        await asyncio.sleep(0.1)
        print("inner cleanup done at", loop.time())
        raise


async def outer():
    try:
        return await asyncio.wait_for(inner(), 5)
    except asyncio.CancelledError as e:
        print("outer sees CancelledError", e.args, "at", asyncio.get_running_loop().time())
        raise


async def main():
    t = asyncio.create_task(outer())
    await asyncio.sleep(1)
    t.cancel("stop now")
    try:
        await t
    except asyncio.CancelledError as e:
        print("main: outer cancelled", e.args, t.cancelled())


asyncio.run(main())
