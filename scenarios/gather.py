"""Three workers sleep for different times; gather returns their results in argument order."""

import asyncio


async def worker(name, delay):
    loop = asyncio.get_running_loop()
    print(f"{loop.time():.1f} {name}: start, sleeping {delay}s")
    await asyncio.sleep(delay)
    print(f"{loop.time():.1f} {name}: finish")
    return f"{name} slept {delay}s"


async def main():
    results = await asyncio.gather(
        worker("slow", 1.5),
        worker("fast", 0.5),
        worker("medium", 1.0),
    )
    print(results)


asyncio.run(main())
