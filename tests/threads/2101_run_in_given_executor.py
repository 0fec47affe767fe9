# run_in_executor with a pool of our own; the work overlaps.
# realclock
import asyncio
from concurrent.futures import ThreadPoolExecutor
import time


def fetch(n):
    time.sleep(0.1 * n)
    return n * 100


async def main():
    loop = asyncio.get_running_loop()
    with ThreadPoolExecutor(max_workers=3) as pool:
        start = loop.time()
        results = await asyncio.gather(*(loop.run_in_executor(pool, fetch, n) for n in (3, 1, 2)))
        print(results, "in about", round(loop.time() - start, 1), "s")


asyncio.run(main())
