# Condition corners: wait_for whose predicate is already true (no release), truthy non-bool results, notify(n) skipping cancelled waiters, notify(0), a shared Lock, cancellation while re-acquiring, and reprs.
import asyncio


async def waiter(cond, name, pred, log):
    async with cond:
        try:
            got = await cond.wait_for(pred)
            log.append((name, got, cond.locked()))
        except asyncio.CancelledError as e:
            log.append((name, "cancelled", e.args, cond.locked()))
            raise


async def main():
    cond = asyncio.Condition()
    log = []
    async with cond:
        r = await cond.wait_for(lambda: "ready")
        print("immediate:", r, cond.locked(), repr(cond).split(" [")[1])
    box = {"n": 0}
    ts = [asyncio.create_task(waiter(cond, f"w{i}", lambda i=i: box["n"] > i and box["n"] * 10, log))
          for i in range(4)]
    await asyncio.sleep(0)
    print(repr(cond).split(" [")[1], cond.locked())
    ts[1].cancel("skip me")
    await asyncio.sleep(0)
    async with cond:
        box["n"] = 3
        cond.notify(0)
        print("after notify(0):", repr(cond).split(" [")[1])
        cond.notify(2)
        print("after notify(2):", repr(cond).split(" [")[1])
    await asyncio.sleep(0)
    print(log)
    async with cond:
        box["n"] = 5
        cond.notify_all()
    await asyncio.gather(*ts, return_exceptions=True)
    print(log)
    print([t.cancelled() for t in ts])

    lock = asyncio.Lock()
    c1, c2 = asyncio.Condition(lock), asyncio.Condition(lock)
    print(c1.locked is not None, c1._lock is c2._lock is lock)
    async with c1:
        print("shared:", lock.locked(), c2.locked())
        t = asyncio.create_task(c2.acquire())
        await asyncio.sleep(0)
        print("other acquirer waits:", t.done())
    await t
    c2.release()

    # Cancelled while waiting to re-acquire: the lock is still taken back, then a bare CancelledError.
    cond = asyncio.Condition()

    async def sleeper():
        async with cond:
            try:
                await cond.wait()
            except asyncio.CancelledError as e:
                print("sleeper cancelled:", e.args, cond.locked())
                raise

    s = asyncio.create_task(sleeper())
    await asyncio.sleep(0)
    await cond.acquire()
    cond.notify()
    await asyncio.sleep(0)
    s.cancel("while reacquiring")
    await asyncio.sleep(0)
    print("holder still has it:", cond.locked(), s.done())
    cond.release()
    try:
        await s
    except asyncio.CancelledError as e:
        print("outer sees:", e.args, s.cancelled())
    for bad in (cond.wait(), ):
        try:
            await bad
        except RuntimeError as e:
            print("RuntimeError:", e)
    try:
        cond.notify()
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        await cond.wait_for(lambda: False)
    except RuntimeError as e:
        print("RuntimeError:", e)


asyncio.run(main())
