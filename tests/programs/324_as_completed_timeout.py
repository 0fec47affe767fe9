# as_completed with a timeout: what is not done by then raises TimeoutError.
import asyncio


async def job(d):
    await asyncio.sleep(d)
    return d


async def main():
    loop = asyncio.get_running_loop()
    tasks = [asyncio.create_task(job(d)) for d in (0.5, 0.1, 2.0, 3.0)]
    got = []
    for coro in asyncio.as_completed(tasks, timeout=1.0):
        try:
            got.append(await coro)
            print("got", got[-1], "at", loop.time())
        except TimeoutError:
            print("timeout at", loop.time())
    print(got, [t.done() for t in tasks])
    for t in tasks:
        t.cancel()
    await asyncio.sleep(0)


asyncio.run(main())
