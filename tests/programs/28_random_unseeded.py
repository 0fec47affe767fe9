# Unseeded random is deterministic under the virtual clock (seeded with 0 before the program runs).
import asyncio
import random


async def jitter(name):
    delay = random.randint(1, 5)
    await asyncio.sleep(delay)
    print(name, "slept", delay, "t =", asyncio.get_running_loop().time())


async def main():
    print("first draw", random.random())
    await asyncio.gather(jitter("a"), jitter("b"), jitter("c"), jitter("d"))


asyncio.run(main())
