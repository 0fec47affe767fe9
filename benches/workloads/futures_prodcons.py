# Benchmark: a producer hands 50,000 values to a consumer, one loop.create_future() per value.
import asyncio

N = 50000
box = {"slot": None, "ready": None}


async def consumer(loop):
    total = 0
    for i in range(N):
        fut = loop.create_future()
        box["slot"] = fut
        ready = box["ready"]
        if ready is not None and not ready.done():
            ready.set_result(None)
        total += await fut
    return total


async def producer(loop):
    for i in range(N):
        while box["slot"] is None:
            ready = loop.create_future()
            box["ready"] = ready
            await ready
        fut = box["slot"]
        box["slot"] = None
        fut.set_result(i)
    return N


async def main():
    loop = asyncio.get_running_loop()
    c = asyncio.create_task(consumer(loop))
    p = asyncio.create_task(producer(loop))
    total = await c
    sent = await p
    print("sent:", sent, "total:", total, "expected:", N * (N - 1) // 2)
    print("virtual time:", loop.time())


asyncio.run(main())
