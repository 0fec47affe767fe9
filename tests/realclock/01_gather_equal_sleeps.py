# Seven coroutines gathered, each sleeping the same time: they wake in the order they slept.
import asyncio


async def worker(name):
    await asyncio.sleep(0.05)
    print(name)


async def main():
    await asyncio.gather(*(worker(c) for c in "abcdefg"))


asyncio.run(main())
