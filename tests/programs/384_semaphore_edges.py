# Semaphore corners: FIFO hand-off when value is released before waiters run, a woken waiter cancelled passing its unit on, locked() with only cancelled waiters, reprs, and BoundedSemaphore limits.
import asyncio


async def user(sem, name, log, hold=0.1):
    await sem.acquire()
    log.append(f"{name}+{sem._value}")
    await asyncio.sleep(hold)
    sem.release()
    log.append(f"{name}-{sem._value}")


async def main():
    sem = asyncio.Semaphore(0)
    log = []
    ts = [asyncio.create_task(user(sem, n, log)) for n in "abcd"]
    await asyncio.sleep(0)
    print(repr(sem).split(" [")[1], sem.locked())
    sem.release()
    sem.release()
    print("released twice:", repr(sem).split(" [")[1], sem.locked())
    ts[0].cancel()
    await asyncio.sleep(0)
    print("a cancelled after being woken:", log, repr(sem).split(" [")[1])
    await asyncio.gather(*ts, return_exceptions=True)
    print(log, repr(sem).split(" [")[1], sem.locked())

    sem = asyncio.Semaphore(0)
    w = asyncio.create_task(sem.acquire())
    await asyncio.sleep(0)
    w.cancel()
    sem.release()
    print("only a cancelled waiter left:", sem.locked(), len(sem._waiters), repr(sem).split(" [")[1])
    print(await sem.acquire(), sem.locked(), w.done())
    await asyncio.sleep(0)
    print(w.cancelled(), len(sem._waiters), sem._value)
    sem.release()

    sem = asyncio.Semaphore(2)
    order = []

    async def grab(name):
        async with sem:
            order.append(name)
            await asyncio.sleep(0)

    await asyncio.gather(*(grab(n) for n in "pqrstu"))
    print(order, sem._value)

    for v in (-1, 0, 3):
        try:
            s = asyncio.BoundedSemaphore(v)
            print(v, repr(s).split(" [")[1])
            s.release()
        except ValueError as e:
            print(v, "ValueError:", e)
    try:
        asyncio.Semaphore(-5)
    except ValueError as e:
        print("ValueError:", e)
    b = asyncio.BoundedSemaphore(2)
    await b.acquire()
    await b.acquire()
    b.release()
    b.release()
    try:
        b.release()
    except ValueError as e:
        print("ValueError:", e, b._value)


asyncio.run(main())
