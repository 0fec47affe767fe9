# asyncio.Condition: notify or wait without the lock; a shared user lock; cancel in wait.
import asyncio


async def main():
    cond = asyncio.Condition()
    try:
        cond.notify()
    except RuntimeError as e:
        print("notify:", e)
    try:
        await cond.wait()
    except RuntimeError as e:
        print("wait:", e)
    lock = asyncio.Lock()
    c2 = asyncio.Condition(lock)
    async with lock:
        print("condition sees the lock held:", c2.locked())

    async def waits():
        async with c2:
            try:
                await c2.wait()
            except asyncio.CancelledError:
                print("cancelled in wait; holds lock again:", c2.locked())
                raise

    t = asyncio.create_task(waits())
    await asyncio.sleep(0.1)
    t.cancel()
    await asyncio.gather(t, return_exceptions=True)
    print("after:", t.cancelled(), lock.locked())


asyncio.run(main())
