# An asyncio.Barrier used for two rounds: it refills after draining.
import asyncio


async def runner(b, name, delays):
    loop = asyncio.get_running_loop()
    for r, d in enumerate(delays):
        await asyncio.sleep(d)
        i = await b.wait()
        print(f"{loop.time():.1f} {name} round {r} index {i}")


async def main():
    b = asyncio.Barrier(2)
    await asyncio.gather(runner(b, "x", [0.1, 0.5]), runner(b, "y", [0.3, 0.1]))
    print(b.n_waiting, b.broken)


asyncio.run(main())
