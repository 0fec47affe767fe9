# asyncio.wait with FIRST_COMPLETED, FIRST_EXCEPTION and timeout.
import asyncio


async def job(name, d, fail=False):
    await asyncio.sleep(d)
    if fail:
        raise RuntimeError(name)
    return name


def names(tasks):
    return sorted(t.get_name() for t in tasks)


async def main():
    loop = asyncio.get_running_loop()
    ts = [asyncio.create_task(job(f"j{i}", d), name=f"j{i}") for i, d in enumerate([0.3, 0.1, 0.1, 0.5])]
    done, pending = await asyncio.wait(ts, return_when=asyncio.FIRST_COMPLETED)
    print("FIRST_COMPLETED", loop.time(), names(done), names(pending))
    done, pending = await asyncio.wait(pending, timeout=0.15)
    print("timeout", loop.time(), names(done), names(pending))
    done, pending = await asyncio.wait(pending, timeout=10)
    print("all", loop.time(), names(done), names(pending))

    ts = [
        asyncio.create_task(job("ok", 0.1), name="ok"),
        asyncio.create_task(job("bad", 0.2, fail=True), name="bad"),
        asyncio.create_task(job("slow", 1), name="slow"),
    ]
    done, pending = await asyncio.wait(ts, return_when=asyncio.FIRST_EXCEPTION)
    print("FIRST_EXCEPTION", loop.time(), names(done), names(pending))
    for t in sorted(done, key=lambda t: t.get_name()):
        print(" ", t.get_name(), repr(t.exception()))
    for t in pending:
        t.cancel()
    done, pending = await asyncio.wait(pending)
    print("after cancel", names(done), [t.cancelled() for t in done])

    # FIRST_EXCEPTION when nothing fails behaves like ALL_COMPLETED
    ts = [asyncio.create_task(job(f"n{i}", 0.1 * i), name=f"n{i}") for i in range(3)]
    done, pending = await asyncio.wait(ts, return_when=asyncio.FIRST_EXCEPTION)
    print("no exception", loop.time(), names(done), names(pending))

    # timeout=0
    t = asyncio.create_task(job("z", 0))
    done, pending = await asyncio.wait([t], timeout=0)
    print("timeout 0:", len(done), len(pending), loop.time())
    await t

    # errors
    try:
        await asyncio.wait([])
    except ValueError as e:
        print("ValueError:", e)
    try:
        await asyncio.wait([t], return_when="bogus")
    except ValueError as e:
        print("ValueError:", e)
    c = job("coro", 0)
    try:
        await asyncio.wait([c])
    except TypeError as e:
        print("TypeError:", e)
    c.close()


asyncio.run(main())
