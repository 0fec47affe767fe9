# Sleeps below the clock resolution (1e-9), large sleeps (several select calls of at most a day), and the float time they leave behind.
import asyncio


async def s(name, d):
    await asyncio.sleep(d)
    print(name, "at", asyncio.get_running_loop().time())


async def main():
    loop = asyncio.get_running_loop()
    await asyncio.gather(s("a", 5e-10), s("b", 1e-9), s("c", 2e-9), s("d", 0), s("e", 1.5e-9))
    print("now", loop.time())
    await asyncio.gather(s("f", 1e-12), s("g", 3e-10))
    print("now", loop.time())
    await s("big", 1e6)
    await s("big+tiny", 1e-7)
    await s("bigger", 86400 * 7.25)
    print("final", loop.time())


asyncio.run(main())
