# asyncio.wait where tasks finish exactly when the timeout expires, and timers scheduled in different orders.
import asyncio


async def job(d):
    await asyncio.sleep(d)
    return d


def names(ts):
    return sorted(t.get_name() for t in ts)


async def main():
    loop = asyncio.get_running_loop()
    a = asyncio.create_task(job(1), name="a")
    done, pending = await asyncio.wait([a], timeout=1)
    print("task first:", names(done), names(pending), loop.time())
    await asyncio.sleep(0)
    b = asyncio.create_task(job(1), name="b")
    await asyncio.sleep(0)
    done, pending = await asyncio.wait([b], timeout=1)
    print("task timer earlier:", names(done), names(pending), loop.time())
    c = asyncio.create_task(job(0.5), name="c")
    d = asyncio.create_task(job(0.5), name="d")
    done, pending = await asyncio.wait([c, d], timeout=0.5)
    print("two at timeout:", names(done), names(pending), loop.time())
    await asyncio.gather(*pending)
    e = asyncio.create_task(job(0.3), name="e")
    done, pending = await asyncio.wait([e], timeout=0.1 + 0.2)
    print("0.1+0.2 vs 0.3:", names(done), names(pending), loop.time())
    await asyncio.gather(*pending)
    print("end", loop.time())


asyncio.run(main())
