# Awaiting an already-finished task does not suspend; awaiting a running one resumes one iteration after it ends.
import asyncio

ticks = []


async def ticker():
    for i in range(8):
        ticks.append(i)
        print("tick", i)
        await asyncio.sleep(0)


async def quick():
    print("quick runs")
    return 42


async def slowish():
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print("slowish returns after ticks", len(ticks))
    return 7


async def main():
    t = asyncio.create_task(quick())
    tk = asyncio.create_task(ticker())
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print("quick done?", t.done())
    value = await t
    print("awaited", value, "after ticks", len(ticks))
    value = await t
    print("awaited again", value, "after ticks", len(ticks))
    s = asyncio.create_task(slowish())
    value = await s
    print("awaited slowish", value, "after ticks", len(ticks))
    await tk


asyncio.run(main())
