# Queue.get cancelled: the getter leaves; a put wakes the next getter in line.
import asyncio


async def getter(q, name):
    try:
        item = await q.get()
        print(name, "got", item, "at", asyncio.get_running_loop().time())
    except asyncio.CancelledError:
        print(name, "cancelled")
        raise


async def main():
    q = asyncio.Queue()
    g1 = asyncio.create_task(getter(q, "g1"))
    g2 = asyncio.create_task(getter(q, "g2"))
    g3 = asyncio.create_task(getter(q, "g3"))
    await asyncio.sleep(0.1)
    g1.cancel()
    q.put_nowait("first")
    await asyncio.sleep(0.1)
    q.put_nowait("second")
    await asyncio.gather(g1, g2, g3, return_exceptions=True)
    print("left in queue:", q.qsize())


asyncio.run(main())
