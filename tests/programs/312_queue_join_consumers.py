# asyncio.Queue.join with three consumers sharing the work; task_done counts it down.
import asyncio

log = []


async def consumer(q, name):
    loop = asyncio.get_running_loop()
    while True:
        item = await q.get()
        print(f"{loop.time():.2f} {name} takes {item}")
        await asyncio.sleep(item / 10)
        log.append((name, item))
        q.task_done()


async def main():
    loop = asyncio.get_running_loop()
    q = asyncio.Queue()
    workers = [asyncio.create_task(consumer(q, f"c{i}")) for i in range(3)]
    for item in [3, 1, 4, 1, 5, 2, 6]:
        q.put_nowait(item)
    print("queued", q.qsize())
    await q.join()
    print(f"joined at {loop.time():.2f}", log)
    for w in workers:
        w.cancel()
    res = await asyncio.gather(*workers, return_exceptions=True)
    print([type(r).__name__ for r in res])
    await q.join()
    print("join on an idle queue returns at once")


asyncio.run(main())
