# asyncio can await process-pool work through loop.run_in_executor, alone or with gather.
import asyncio
import os
import time
from concurrent.futures import ProcessPoolExecutor


def crunch(n):
    time.sleep(0.1)
    return sum(i * i for i in range(n)), os.getpid()


def fail(msg):
    raise ValueError(msg)


async def main(pool):
    loop = asyncio.get_running_loop()
    value, pid = await loop.run_in_executor(pool, crunch, 10)
    print("single:", value, "pid differs:", pid != os.getpid())
    fut = loop.run_in_executor(pool, crunch, 3)
    print("awaitable type:", type(fut).__name__)
    await fut
    start = time.monotonic()
    results = await asyncio.gather(*(loop.run_in_executor(pool, crunch, n) for n in (1, 2, 3, 4)))
    print("gather:", [v for v, _ in results])
    print("gather ran in parallel:", time.monotonic() - start < 0.3)
    try:
        await loop.run_in_executor(pool, fail, "async boom")
    except ValueError as e:
        print("awaited error:", type(e).__name__, e)
    mixed = await asyncio.gather(loop.run_in_executor(pool, fail, "x"),
                                 loop.run_in_executor(pool, crunch, 2),
                                 return_exceptions=True)
    print("return_exceptions:", [type(m).__name__ for m in mixed])


if __name__ == "__main__":
    with ProcessPoolExecutor(max_workers=4) as pool:
        asyncio.run(main(pool))
    print("done")
