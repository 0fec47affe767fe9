# asyncio.timeout(0) fires on the next iteration; a body that swallows the cancellation
# leaves the block normally, with expired() true.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout(0):
            await asyncio.sleep(0)
            print("after one yield?")
            await asyncio.sleep(0)
    except TimeoutError:
        print("timeout(0) at", loop.time())
    async with asyncio.timeout(0.2) as cm:
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError:
            print("swallowed the cancellation at", loop.time())
    print("left normally; expired:", cm.expired(), "cancelling:", asyncio.current_task().cancelling())
    cm2 = asyncio.timeout(1)
    async with cm2:
        pass
    try:
        async with cm2:
            pass
    except RuntimeError as e:
        print("RuntimeError:", e)


asyncio.run(main())
