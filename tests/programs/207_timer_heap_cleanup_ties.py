# Many timers with the same deadline; cancelling most of them triggers the loop's heap cleanup (heapify), changing tie order.
import asyncio

fired = []


async def main():
    loop = asyncio.get_running_loop()
    handles = [loop.call_at(5.0, fired.append, i) for i in range(300)]
    for i, h in enumerate(handles):
        if i % 3:
            h.cancel()
    later = [loop.call_at(5.0, fired.append, 1000 + i) for i in range(5)]
    later[2].cancel()
    await asyncio.sleep(6)
    print(len(fired), fired[:20], fired[-10:])
    fired.clear()
    tasks = [asyncio.create_task(asyncio.sleep(1, i)) for i in range(250)]
    await asyncio.sleep(0)
    for t in tasks[::2]:
        t.cancel()
    loop.call_at(loop.time() + 1, fired.append, "cb")
    done, _ = await asyncio.wait(tasks)
    order = []
    for t in tasks:
        t.add_done_callback(lambda f: None)
    print(sum(t.cancelled() for t in tasks), loop.time())
    hs = [loop.call_later(2, fired.append, i) for i in range(120)]
    for h in hs[:70]:
        h.cancel()
    hs2 = [loop.call_later(2, fired.append, 500 + i) for i in range(3)]
    await asyncio.sleep(3)
    print(fired)


asyncio.run(main())
