# Barrier corners: reset() while tasks wait (they get BrokenBarrierError), arrivals blocked while draining, abort() then reset() to reuse, cancellation of a waiting party, async with, and reprs in every state.
import asyncio


def state(b):
    return repr(b).split(" [")[1]


async def party(b, name, log):
    try:
        i = await b.wait()
        log.append((name, i))
    except asyncio.BrokenBarrierError as e:
        log.append((name, "broken", str(e)))
    except asyncio.CancelledError:
        log.append((name, "cancelled"))
        raise


async def main():
    b = asyncio.Barrier(3)
    log = []
    print(state(b), b.parties, b.n_waiting, b.broken)
    ts = [asyncio.create_task(party(b, n, log)) for n in "ab"]
    await asyncio.sleep(0)
    print(state(b), b.n_waiting)
    await b.reset()
    print("reset:", state(b), b.n_waiting)
    await asyncio.gather(*ts)
    print(log, state(b))

    log.clear()
    ts = [asyncio.create_task(party(b, n, log)) for n in "cdefg"]
    await asyncio.sleep(0)
    print("five arrive:", state(b), log)
    for _ in range(4):
        await asyncio.sleep(0)
        print(" ", state(b), log)
    await asyncio.sleep(0.01)
    print("later:", state(b), log)
    ts.append(asyncio.create_task(party(b, "h", log)))
    await asyncio.gather(*ts)
    print(log, state(b))

    log.clear()
    t = asyncio.create_task(party(b, "i", log))
    await asyncio.sleep(0)
    t.cancel()
    await asyncio.gather(t, return_exceptions=True)
    print("cancelled party:", log, state(b), b.n_waiting)

    ts = [asyncio.create_task(party(b, n, log)) for n in "jk"]
    await asyncio.sleep(0)
    await b.abort()
    await asyncio.gather(*ts)
    print("abort:", log, repr(b).split(" [")[1], b.broken, b.n_waiting)
    try:
        async with b as idx:
            print("unreachable", idx)
    except asyncio.BrokenBarrierError as e:
        print("async with on a broken barrier:", e)
    await b.reset()
    print("reset after abort:", state(b), b.broken)

    async def enter(name):
        async with b as idx:
            log.append((name, "entered", idx))

    log.clear()
    await asyncio.gather(*(enter(n) for n in "lmn"))
    print(log, state(b))
    for bad in (0, -1):
        try:
            asyncio.Barrier(bad)
        except ValueError as e:
            print("ValueError:", e)


asyncio.run(main())
