# An uncaught TimeoutError from asyncio.timeout, chained from the CancelledError.
import asyncio


async def main():
    async with asyncio.timeout(0.5):
        await asyncio.sleep(1)


asyncio.run(main())
