# Deadlines one float ulp apart fire in the same iteration (clock resolution 1e-9) and see the earlier time.
import asyncio


async def at(label, delay):
    await asyncio.sleep(delay)
    print(label, "delay", repr(delay), "woke at", repr(asyncio.get_running_loop().time()))


async def main():
    await asyncio.gather(at("a", 0.1 + 0.2), at("b", 0.3), at("c", 0.3 + 1e-10), at("d", 0.3 + 1e-8))
    print("0.1 + 0.2 == 0.3?", 0.1 + 0.2 == 0.3)
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    await asyncio.sleep(0.1)
    await asyncio.sleep(0.1)
    await asyncio.sleep(0.1)
    print("three sleeps of 0.1 from", t0, "end at", loop.time())


asyncio.run(main())
