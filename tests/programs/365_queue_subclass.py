# A user subclass of asyncio.Queue overriding _init/_put/_get (as PriorityQueue does).
import asyncio


class DedupQueue(asyncio.Queue):
    def _init(self, maxsize):
        self._queue = []
        self._seen = set()

    def _put(self, item):
        if item not in self._seen:
            self._seen.add(item)
            self._queue.append(item)

    def _get(self):
        return self._queue.pop(0)


async def main():
    q = DedupQueue()
    for x in [1, 2, 1, 3, 2]:
        q.put_nowait(x)
    print(q.qsize(), q._unfinished_tasks, isinstance(q, asyncio.Queue), type(q).__name__)
    out = []
    while not q.empty():
        out.append(await q.get())
    print(out, str(q))


asyncio.run(main())
