# async comprehensions add no loop iterations: a task awaiting sleep(0) in a comprehension (and over an async generator that sleeps 0) interleaves with a counting task exactly as in CPython.
import asyncio

steps = 0


async def count():
    global steps
    for _ in range(30):
        steps += 1
        await asyncio.sleep(0)


async def zeros(n):
    for i in range(n):
        await asyncio.sleep(0)
        yield i


async def worker():
    a = [await asyncio.sleep(0, steps) for _ in range(3)]
    print("seen during list comp:", a)
    b = [steps async for _ in zeros(3)]
    print("seen during async comp:", b)
    c = [steps async for _ in zeros(2) if await asyncio.sleep(0, True)]
    print("with awaiting condition:", c)
    d = [x async for x in (steps async for _ in zeros(3))]
    print("through an async genexp:", d)


async def main():
    await asyncio.gather(count(), worker())
    print("steps", steps)


asyncio.run(main())
