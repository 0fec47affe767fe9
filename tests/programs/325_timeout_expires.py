# asyncio.timeout: the block is cancelled at the deadline and TimeoutError comes out.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout(0.5) as cm:
            print("deadline", cm.when(), "expired?", cm.expired())
            await asyncio.sleep(1)
            print("not reached")
    except TimeoutError as e:
        print("TimeoutError at", loop.time(), "expired?", cm.expired(),
              "cause:", type(e.__cause__).__name__)
    async with asyncio.timeout(1) as cm2:
        await asyncio.sleep(0.2)
    print("in time; expired?", cm2.expired(), repr(cm2))
    async with asyncio.timeout(None) as cm3:
        await asyncio.sleep(0.1)
        print("no deadline:", cm3.when(), repr(cm3))
    print("cancelling:", asyncio.current_task().cancelling(), "at", loop.time())


asyncio.run(main())
