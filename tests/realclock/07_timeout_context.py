# asyncio.timeout() around a sleep of the same length, shorter and longer.
import asyncio


async def main():
    for inner in (0.05, 0.15, 0.3):
        try:
            async with asyncio.timeout(0.15):
                await asyncio.sleep(inner)
            print(inner, "completed")
        except TimeoutError:
            print(inner, "timed out")


asyncio.run(main())
