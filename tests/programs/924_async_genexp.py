# async generator expressions: `(x async for x in ...)` and `(await ... for ...)` make async generator objects (named <genexpr>), lazily consumed by async for, __anext__ and aclose; also made outside a coroutine.
import asyncio


async def agen(n):
    for i in range(n):
        print(f"  agen yields {i}")
        await asyncio.sleep(0)
        yield i


def make_outside():
    return (x * 10 async for x in agen(2))


async def slow(x):
    await asyncio.sleep(0.01)
    return -x


async def main():
    g = (x + 1 async for x in agen(3))
    print(type(g).__name__, g.__name__, g.__qualname__)
    print("nothing ran yet")
    async for v in g:
        print("got", v)
    h = (await slow(x) for x in range(3))
    print(type(h).__name__)
    print(await h.__anext__(), await h.__anext__())
    await h.aclose()
    try:
        await h.__anext__()
    except StopAsyncIteration:
        print("closed")
    print([v async for v in make_outside()])
    total = 0
    async for v in (x async for x in agen(4) if x != 2):
        total += v
    print("total", total)


asyncio.run(main())
