# async comprehensions and exceptions: an error in the async generator, in the element or in a condition propagates out of the comprehension (the generator is closed), caught or uncaught (exit code 1).
import asyncio


async def agen(n, bad=None):
    try:
        for i in range(n):
            if i == bad:
                raise ValueError(f"bad item {i}")
            await asyncio.sleep(0)
            yield i
    finally:
        print(f"  agen({n}) finally")


async def main():
    try:
        print([x async for x in agen(5, bad=2)])
    except ValueError as e:
        print("caught", e)
    try:
        print([10 // x async for x in agen(3)])
    except ZeroDivisionError as e:
        print("caught", e)
    try:
        print({x async for x in agen(3) if 1 / (x - 1)})
    except ZeroDivisionError as e:
        print("caught in condition", e)
    print([x async for x in agen(0)])
    print("now uncaught:")
    print([x async for x in agen(4, bad=3)])


asyncio.run(main())
