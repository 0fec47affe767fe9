# Study notes, modern spelling: run_until_complete(asyncio.wait(tasks)) runs three tasks concurrently.
import asyncio
import time


async def do_work(x):
    print("waiting:", x)
    await asyncio.sleep(x)
    return "Done after {}s".format(x)


start = time.time()
coroutine1 = do_work(1)
coroutine2 = do_work(2)
coroutine3 = do_work(4)

loop = asyncio.get_event_loop()
tasks = [
    asyncio.ensure_future(coroutine1),
    asyncio.ensure_future(coroutine2),
    asyncio.ensure_future(coroutine3),
]
done, pending = loop.run_until_complete(asyncio.wait(tasks))
print("done:", len(done), "pending:", len(pending))
for task in tasks:
    print("task result:", task.result())
print("Time", time.time() - start)
loop.close()
