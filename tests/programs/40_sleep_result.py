# asyncio.sleep(delay, result) returns result; negative delays behave like sleep(0).
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    v = await asyncio.sleep(0.5, "half")
    print(v, loop.time())
    v = await asyncio.sleep(0, [1, 2])
    print(v, loop.time())
    v = await asyncio.sleep(-3, "negative")
    print(v, loop.time())
    v = await asyncio.sleep(1)
    print(v, loop.time())


asyncio.run(main())
