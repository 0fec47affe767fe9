# asyncio.Barrier (3.11): three tasks wait until all have arrived, then all go on.
import asyncio


async def party(b, name, d):
    loop = asyncio.get_running_loop()
    await asyncio.sleep(d)
    print(name, "arrives at", loop.time(), "waiting:", b.n_waiting)
    i = await b.wait()
    print(name, "passes with index", i, "at", loop.time())


async def main():
    b = asyncio.Barrier(3)
    print(b.parties, b.n_waiting, b.broken)
    await asyncio.gather(*(party(b, n, d) for n, d in [("a", 0.1), ("b", 0.3), ("c", 0.2)]))
    print("after:", b.n_waiting, b.broken)
    await b.abort()
    try:
        await b.wait()
    except asyncio.BrokenBarrierError as e:
        print("broken:", e, b.broken)


asyncio.run(main())
