# async comprehensions and scheduling: one task collects from an async generator that sleeps while another ticks; the interleaving (and the loop's time) is CPython's, step for step.
import asyncio


async def readings(n, delay):
    for i in range(n):
        await asyncio.sleep(delay)
        print(f"reading {i} at {asyncio.get_running_loop().time():.2f}")
        yield i * 1.5


async def collect():
    values = [v async for v in readings(4, 0.3)]
    print("collected", values)
    squares = {i: await asyncio.sleep(0.2, i * i) for i in range(3)}
    print("squares", squares)
    return len(values)


async def ticker(name, period, count):
    for i in range(count):
        print(f"{name} {i} at {asyncio.get_running_loop().time():.2f}")
        await asyncio.sleep(period)


async def main():
    results = await asyncio.gather(collect(), ticker("tick", 0.25, 8), ticker("tock", 0.5, 3))
    print(results)


asyncio.run(main())
