# Several producers blocked on a full queue; one is cancelled; the others put in order.
import asyncio


async def producer(q, name):
    try:
        await q.put(name)
        print(name, "put at", asyncio.get_running_loop().time())
    except asyncio.CancelledError:
        print(name, "cancelled while blocked")
        raise


async def main():
    q = asyncio.Queue(maxsize=1)
    q.put_nowait("first")
    ps = [asyncio.create_task(producer(q, f"p{i}")) for i in range(4)]
    await asyncio.sleep(0.1)
    ps[1].cancel()
    for _ in range(4):
        await asyncio.sleep(0.1)
        print("got", q.get_nowait(), "size now", q.qsize())
    await asyncio.gather(*ps, return_exceptions=True)
    print("left:", q.qsize(), q.get_nowait() if q.qsize() else None)


asyncio.run(main())
