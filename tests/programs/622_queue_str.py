# str() of queues (print) shows maxsize, the items and the unfinished count, without an address.
import asyncio


async def main():
    q = asyncio.Queue()
    print(q)
    for item in ("a", "b", 3):
        q.put_nowait(item)
    print(q)
    q.get_nowait()
    print(q)
    q.task_done()
    print(q)
    bounded = asyncio.Queue(maxsize=2)
    print(bounded)
    pq = asyncio.PriorityQueue()
    for item in (5, 1, 3):
        pq.put_nowait(item)
    print(pq)
    lq = asyncio.LifoQueue(maxsize=4)
    lq.put_nowait("x")
    print(lq)
    waiter = asyncio.create_task(bounded.get())
    await asyncio.sleep(0)
    print(bounded)
    bounded.put_nowait("late")
    await waiter
    print(bounded, waiter.result())


asyncio.run(main())
