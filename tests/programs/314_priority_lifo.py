# PriorityQueue returns the smallest entry first; LifoQueue the newest.
import asyncio


async def main():
    pq = asyncio.PriorityQueue()
    for item in [(3, "c"), (1, "a"), (2, "b"), (1, "aa"), (5, "e")]:
        await pq.put(item)
    out = []
    while not pq.empty():
        out.append(await pq.get())
    print(out)
    lq = asyncio.LifoQueue(maxsize=3)
    for i in range(3):
        lq.put_nowait(i)
    print(lq.full(), [lq.get_nowait() for _ in range(3)])

    async def getter(q, name):
        print(name, "got", await q.get())

    ts = [asyncio.create_task(getter(pq, f"g{i}")) for i in range(3)]
    await asyncio.sleep(0)
    for p in [9, 7, 8]:
        pq.put_nowait(p)
    await asyncio.gather(*ts)
    bad = asyncio.PriorityQueue()
    bad.put_nowait((1, {"a": 1}))
    try:
        bad.put_nowait((1, {"b": 2}))
    except TypeError as e:
        print("TypeError:", e)


asyncio.run(main())
