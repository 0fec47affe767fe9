# LifoQueue with join/task_done: the newest work is done first.
import asyncio


async def worker(q):
    while True:
        item = await q.get()
        print("working on", item, "at", asyncio.get_running_loop().time())
        await asyncio.sleep(0.1)
        if item == "root":
            q.put_nowait("child-1")
            q.put_nowait("child-2")
        q.task_done()


async def main():
    q = asyncio.LifoQueue()
    q.put_nowait("root")
    q.put_nowait("other")
    w = asyncio.create_task(worker(q))
    await q.join()
    w.cancel()
    print("all done at", asyncio.get_running_loop().time())


asyncio.run(main())
