# datetime.now() read in tasks moves with the loop's clock: each wake-up's stamp is later than the last, by about its delay.
import asyncio
from datetime import datetime, timedelta


async def worker(name, delay, stamps):
    await asyncio.sleep(delay)
    stamps.append((datetime.now(), name))


async def main():
    start = datetime.now()
    stamps = []
    await asyncio.gather(worker("c", 0.06, stamps), worker("a", 0.02, stamps), worker("b", 0.04, stamps))
    print([name for _, name in stamps], [s >= start for s, _ in stamps], stamps == sorted(stamps))
    for s, name in stamps:
        print(name, round((s - start).total_seconds(), 2))
    elapsed = datetime.now() - start
    print(elapsed >= timedelta(seconds=0.05), elapsed < timedelta(seconds=5), type(elapsed).__name__)
    print(datetime.now().date() == start.date() or datetime.now().hour == 0, datetime.now().tzinfo)


asyncio.run(main())
