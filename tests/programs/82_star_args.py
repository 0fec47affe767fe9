# Formerly a reject case: coroviz now supports this; it must match CPython.
import asyncio


async def main():
    coros = [asyncio.sleep(1), asyncio.sleep(2)]
    print("start")
    await asyncio.gather(*coros)


asyncio.run(main())
