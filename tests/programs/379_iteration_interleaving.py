# A ticker prints once per loop iteration (sleep(0)) while other tasks go through a Lock, an
# Event, a Queue, wait_for, shield, timeout and a TaskGroup: the interleaving pins how many
# iterations each primitive takes, exactly as CPython schedules them.
import asyncio

log = []


async def ticker(n):
    for i in range(n):
        log.append(f"tick{i}")
        await asyncio.sleep(0)


async def quick():
    log.append("quick")
    return 1


async def main():
    t = asyncio.create_task(ticker(40))
    lock = asyncio.Lock()
    async with lock:
        log.append("lock")
    ev = asyncio.Event()
    asyncio.get_running_loop().call_soon(ev.set)
    await ev.wait()
    log.append("event")
    q = asyncio.Queue()
    asyncio.get_running_loop().call_soon(q.put_nowait, "item")
    log.append(await q.get())
    log.append(f"wait_for={await asyncio.wait_for(quick(), 1)}")
    log.append(f"shield={await asyncio.shield(quick())}")
    async with asyncio.timeout(1):
        await quick()
    log.append("timeout")
    async with asyncio.TaskGroup() as tg:
        tg.create_task(quick())
    log.append("taskgroup")
    cond = asyncio.Condition()

    async def notifier():
        async with cond:
            cond.notify()
            log.append("notified")

    async with cond:
        asyncio.create_task(notifier())
        await cond.wait()
        log.append("cond")
    sem = asyncio.Semaphore(0)
    asyncio.get_running_loop().call_soon(sem.release)
    await sem.acquire()
    log.append("sem")
    for f in asyncio.as_completed([asyncio.create_task(quick())]):
        log.append(f"as_completed={await f}")
    await t
    print(" ".join(log))


asyncio.run(main())
