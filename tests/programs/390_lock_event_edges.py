# Lock and Event corners: release by another task, the fast path when every waiter is cancelled, a woken waiter cancelled handing the lock on, reprs with waiters, Event set/clear cycles, and a Lock reused under a second asyncio.run.
import asyncio


def state(x):
    text = repr(x) if not isinstance(x, Exception) else str(x)
    at = text.find(" at 0x")
    if at < 0:
        return text
    end = text.find(" ", at + 4)
    return text[:at] + " at 0x?" + text[end:]


async def take(lock, name, log):
    try:
        r = await lock.acquire()
        log.append((name, r))
    except asyncio.CancelledError:
        log.append((name, "cancelled", lock.locked()))
        raise


async def main():
    lock = asyncio.Lock()
    log = []
    print(state(lock), await lock.acquire())
    ws = [asyncio.create_task(take(lock, n, log)) for n in "abc"]
    await asyncio.sleep(0)
    print(state(lock))
    for w in ws:
        w.cancel()
    print("all waiters cancelled:", lock.locked(), state(lock))
    lock.release()
    print(await lock.acquire(), "fast path while cancelled waiters remain:", state(lock))
    await asyncio.gather(*ws, return_exceptions=True)
    print(log, state(lock))

    log.clear()
    ws = [asyncio.create_task(take(lock, n, log)) for n in "de"]
    await asyncio.sleep(0)

    async def other():
        lock.release()
        ws[0].cancel()
        print("released by another task:", state(lock))

    await asyncio.create_task(other())
    print("woken d cancelled:", log, state(lock))
    await asyncio.sleep(0)
    print(log, state(lock))
    lock.release()
    async with lock as v:
        print("async with gives", v, lock.locked())
    try:
        lock.release()
    except RuntimeError as e:
        print("RuntimeError:", e)

    ev = asyncio.Event()
    print(state(ev), ev.is_set())
    woke = []

    async def wait_ev(n):
        woke.append((n, await ev.wait()))

    ts = [asyncio.create_task(wait_ev(i)) for i in range(3)]
    await asyncio.sleep(0)
    print(state(ev))
    ev.set()
    ev.clear()
    ev.set()
    print(state(ev))
    ev.clear()
    await asyncio.sleep(0)
    print(woke, state(ev), ev.is_set())
    ts = [asyncio.create_task(wait_ev(i)) for i in range(3, 5)]
    await asyncio.sleep(0)
    ts[0].cancel()
    await asyncio.sleep(0)
    print(state(ev))
    ev.set()
    await asyncio.gather(*ts, return_exceptions=True)
    print(woke, await ev.wait())
    return lock


lock = asyncio.run(main())


first = asyncio.Lock()


async def bind():
    await first.acquire()
    t = asyncio.create_task(first.acquire())
    await asyncio.sleep(0)
    first.release()
    await t


asyncio.run(bind())


async def rebind():
    first.release()
    await first.acquire()
    t = asyncio.create_task(first.acquire())
    await asyncio.sleep(0)
    try:
        await t
    except RuntimeError as e:
        print("RuntimeError:", state(e))


asyncio.run(rebind())
