# gather(..., return_exceptions=True/False) by keyword, with no awaitables, and with an unknown keyword.
import asyncio


async def ok(x):
    await asyncio.sleep(0)
    return x


async def bad(msg):
    raise ValueError(msg)


async def main():
    print(await asyncio.gather(ok(1), bad("one"), ok(3), return_exceptions=True))
    try:
        await asyncio.gather(ok(1), bad("two"), return_exceptions=False)
    except ValueError as e:
        print("raised:", e)
    print(await asyncio.gather(), await asyncio.gather(return_exceptions=True))
    try:
        asyncio.gather(ok(1), timeout=3)
    except TypeError as e:
        print("TypeError:", e)
    await asyncio.sleep(0)


asyncio.run(main())
