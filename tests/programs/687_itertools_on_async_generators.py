# itertools works on ordinary iterables only: an async generator needs async for (and its own islice).
import asyncio
from itertools import islice


async def ticks():
    n = 0
    while True:
        await asyncio.sleep(0.1)
        n += 1
        yield n


async def aislice(agen, stop):
    count = 0
    async for item in agen:
        if count >= stop:
            break
        count += 1
        yield item


async def main():
    try:
        islice(ticks(), 3)
    except TypeError as e:
        print("TypeError:", e)
    print([x async for x in aislice(ticks(), 3)])
    print(list(islice((x * x for x in range(10)), 2, 5)))


asyncio.run(main())
