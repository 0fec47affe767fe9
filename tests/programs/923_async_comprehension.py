# async comprehensions: `async for` in list, set and dict comprehensions over async generators and an async iterator class, with conditions, several `for`s mixed sync/async, and await in the element.
import asyncio


async def agen(n, delay=0):
    for i in range(n):
        await asyncio.sleep(delay)
        yield i


class Countdown:
    def __init__(self, n):
        self.n = n

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.n == 0:
            raise StopAsyncIteration
        await asyncio.sleep(0)
        self.n -= 1
        return self.n


async def main():
    print([x async for x in agen(5)])
    print([x * x async for x in agen(6, 0.01) if x % 2])
    print({x % 3 async for x in agen(7)})
    print({x: str(x) async for x in agen(3)})
    print([c async for c in Countdown(4)])
    print([(x, y) async for x in agen(3) for y in range(x)])
    print([(x, y) for x in range(3) async for y in agen(x)])
    print([(x, y) async for x in agen(2) async for y in agen(2)])
    print([await asyncio.sleep(0, x + 100) async for x in agen(3)])
    print([[y async for y in agen(x)] async for x in agen(3)])
    print(sum([x async for x in agen(101)]))


asyncio.run(main())
