# An Event tells a TaskGroup's workers to stop; each finishes its current round first.
import asyncio


async def worker(stop, name, period):
    rounds = 0
    while not stop.is_set():
        await asyncio.sleep(period)
        rounds += 1
    print(name, "stopped after", rounds, "rounds at", asyncio.get_running_loop().time())
    return rounds


async def main():
    stop = asyncio.Event()
    async with asyncio.TaskGroup() as tg:
        ts = [tg.create_task(worker(stop, f"w{p}", p)) for p in (0.3, 0.5)]
        await asyncio.sleep(1)
        stop.set()
    print([t.result() for t in ts])


asyncio.run(main())
