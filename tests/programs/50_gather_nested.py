# gather of gathers: results keep argument order regardless of finishing order.
import asyncio


async def val(v, d):
    await asyncio.sleep(d)
    print("finished", v)
    return v


async def main():
    inner1 = asyncio.gather(val("a", 0.3), val("b", 0.1))
    inner2 = asyncio.gather(val("c", 0.2), val("d", 0.0))
    outer = await asyncio.gather(inner1, inner2, val("e", 0.05))
    print(outer)
    print("empty gather:", await asyncio.gather())


asyncio.run(main())
