# asyncio.run wants a coroutine; gather children that were created early share one loop.
import asyncio


async def twice(x):
    await asyncio.sleep(0)
    return 2 * x


try:
    asyncio.run(5)
except ValueError as e:
    print("ValueError:", e)


async def main():
    first = asyncio.ensure_future(twice(1))
    second = asyncio.create_task(twice(2))
    print(await asyncio.gather(first, second, twice(3)))
    try:
        await asyncio.gather(5)
    except TypeError as e:
        print("TypeError:", e)


asyncio.run(main())
