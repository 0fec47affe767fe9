# Two tasks take turns: sleep(0) yields for exactly one loop iteration.
import asyncio


async def player(name, turns):
    for i in range(turns):
        print(name, i)
        await asyncio.sleep(0)


async def main():
    await asyncio.gather(player("ping", 2), player("pong", 2))


asyncio.run(main())
