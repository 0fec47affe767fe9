"""Two tasks hand the loop to each other 4,000 times: far more instants than a cast draws."""

import asyncio


async def hop(name, n):
    for _ in range(n):
        await asyncio.sleep(0)
    print(name, "done")


async def main():
    await asyncio.gather(hop("a", 4000), hop("b", 4000))


asyncio.run(main())
