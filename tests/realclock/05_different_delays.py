# Different delays scheduled at different moments: deadlines decide, whatever the order of calls.
import asyncio


async def sleeper(name, first, then):
    await asyncio.sleep(first)
    print(name, "slept", first)
    await asyncio.sleep(then)
    print(name, "slept", then)


async def main():
    await asyncio.gather(
        sleeper("a", 0.15, 0.05),
        sleeper("b", 0.05, 0.2),
        sleeper("c", 0.1, 0.05),
    )


asyncio.run(main())
