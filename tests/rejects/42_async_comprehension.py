# expect-exit: 2
# expect-stderr: 42_async_comprehension.py:12:15: error: unsupported: async comprehension
import asyncio


async def ticks(n):
    for i in range(n):
        yield i


async def main():
    return [t async for t in ticks(3)]


asyncio.run(main())
