# TaskGroup: one child fails, its sibling is cancelled, the body is interrupted, and an
# ExceptionGroup comes out of the block.
import asyncio


async def fails():
    await asyncio.sleep(0.2)
    raise ValueError("child failed")


async def sibling():
    try:
        await asyncio.sleep(5)
    except asyncio.CancelledError:
        print("sibling cancelled at", asyncio.get_running_loop().time())
        raise


async def main():
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fails())
            s = tg.create_task(sibling())
            try:
                await asyncio.sleep(1)
            except asyncio.CancelledError:
                print("body cancelled at", loop.time())
                raise
    except ExceptionGroup as eg:
        print("caught", type(eg).__name__, "-", eg)
        print("members:", [repr(e) for e in eg.exceptions])
        print(repr(eg))
    print("sibling cancelled:", s.cancelled(), "main cancelling:", asyncio.current_task().cancelling())


asyncio.run(main())
