# asyncio.timeout() around a sleep of the same length, shorter and longer.
import asyncio


async def main():
    for inner in (0.02, 0.04, 0.06):
        try:
            async with asyncio.timeout(0.04):
                await asyncio.sleep(inner)
            print(inner, "completed")
        except TimeoutError:
            print(inner, "timed out")


asyncio.run(main())
