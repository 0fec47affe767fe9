# await inside list, set and dict comprehensions in a coroutine: each comprehension is awaited where it stands, its awaits run in order, and nested comprehensions and conditions may await too.
import asyncio


async def double(x):
    await asyncio.sleep(0.01 * x)
    print(f"  doubled {x} at {asyncio.get_running_loop().time():.2f}")
    return 2 * x


async def keep(x):
    await asyncio.sleep(0)
    return x % 2 == 0


async def main():
    print([await double(x) for x in range(4)])
    print(sorted({await double(x) % 3 for x in range(3)}))
    print({x: await double(x) for x in range(2)})
    print([x for x in range(6) if await keep(x)])
    print([[await double(y) for y in range(x)] for x in range(3)])
    coros = [asyncio.sleep(0, result=i) for i in range(3)]
    print([await c for c in coros])
    tasks = [asyncio.create_task(double(10 + i)) for i in range(2)]
    print([await t for t in tasks])
    print([y for y in await asyncio.gather(double(1), double(2))])


asyncio.run(main())
