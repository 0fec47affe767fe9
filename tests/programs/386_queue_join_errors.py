# Queue corners: task_done() too many times, join() with nothing unfinished, several joiners, put_nowait/get_nowait errors, negative maxsize, reprs with getters/putters/tasks, and a getter cancelled after an item was handed to it.
import asyncio


async def main():
    q = asyncio.Queue()
    try:
        q.task_done()
    except ValueError as e:
        print("ValueError:", e)
    await q.join()
    print("join on a fresh queue returns at once", q.empty(), q.full(), q.qsize(), q.maxsize)
    q.put_nowait("a")
    q.put_nowait("b")
    joined = []

    async def joiner(name):
        await q.join()
        joined.append(name)

    js = [asyncio.create_task(joiner(n)) for n in "xyz"]
    await asyncio.sleep(0)
    print(str(q))
    print(q.get_nowait(), q.get_nowait(), str(q))
    q.task_done()
    await asyncio.sleep(0)
    print("one done:", joined, str(q))
    q.task_done()
    await asyncio.sleep(0)
    print("all done:", joined, str(q))
    await asyncio.gather(*js)
    try:
        q.task_done()
    except ValueError as e:
        print("ValueError:", e)
    try:
        q.get_nowait()
    except asyncio.QueueEmpty as e:
        print("QueueEmpty", repr(e), type(e).__module__)

    small = asyncio.Queue(1)
    small.put_nowait(1)
    try:
        small.put_nowait(2)
    except asyncio.QueueFull as e:
        print("QueueFull", repr(e), type(e).__module__, small.full())
    p1 = asyncio.create_task(small.put(2))
    p2 = asyncio.create_task(small.put(3))
    g = asyncio.Queue()
    g1 = asyncio.create_task(g.get())
    await asyncio.sleep(0)
    print(str(small), str(g), repr(small).startswith("<Queue at 0x"))
    print(small.get_nowait())
    p1.cancel()
    await asyncio.sleep(0)
    print("woken putter cancelled:", p1.cancelled(), str(small), p2.done())
    await asyncio.sleep(0)
    print(p2.done(), small.get_nowait(), small.get_nowait() if not small.empty() else None, str(small))

    g.put_nowait("item")
    g1.cancel()
    g2 = asyncio.create_task(g.get())
    await asyncio.sleep(0)
    print("woken getter cancelled:", g1.cancelled(), str(g), g2.done())
    await asyncio.sleep(0)
    print(g2.done() and g2.result(), str(g))

    neg = asyncio.Queue(-3)
    for i in range(5):
        neg.put_nowait(i)
    print(neg.full(), neg.qsize(), neg.maxsize, str(neg))
    lq = asyncio.LifoQueue(2)
    pq = asyncio.PriorityQueue()
    for x in (3, 1, 2):
        pq.put_nowait(x)
    lq.put_nowait("u")
    print(str(lq), str(pq), [pq.get_nowait() for _ in range(3)], type(pq).__mro__[1].__name__)


asyncio.run(main())
