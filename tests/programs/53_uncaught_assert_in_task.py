# An AssertionError from a task awaited by main ends asyncio.run; the last stderr line carries the message.
import asyncio


async def validate(items):
    for i, item in enumerate(items):
        await asyncio.sleep(0.1)
        print("validating", i, item)
        assert item >= 0, f"item {i} is negative: {item}"
    return len(items)


async def main():
    print("valid:", await asyncio.create_task(validate([3, 1])))
    print("valid:", await asyncio.create_task(validate([2, -5, 1])))


asyncio.run(main())
