# heapq with objects that define __lt__, and a scheduler built on a heap of deadlines.
import asyncio
import heapq


class Job:
    def __init__(self, prio, name):
        self.prio = prio
        self.name = name

    def __lt__(self, other):
        return self.prio < other.prio

    def __repr__(self):
        return f"Job({self.prio}, {self.name!r})"


h = []
for p, n in [(3, "c"), (1, "a"), (2, "b"), (1, "a2")]:
    heapq.heappush(h, Job(p, n))
print([heapq.heappop(h).name for _ in range(len(h))])
print(heapq.nsmallest(2, [Job(5, "x"), Job(4, "y"), Job(6, "z")]))


async def main():
    loop = asyncio.get_running_loop()
    timers = []
    for delay, what in [(0.3, "third"), (0.1, "first"), (0.2, "second")]:
        heapq.heappush(timers, (loop.time() + delay, what))
    while timers:
        when, what = heapq.heappop(timers)
        await asyncio.sleep(when - loop.time())
        print(f"{loop.time():.1f}", what)


asyncio.run(main())
