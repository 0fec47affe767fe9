# A long FIFO through deque and asyncio.Queue: both ends stay cheap, order is kept.
import asyncio
from collections import deque

d = deque()
for i in range(20000):
    d.append(i)
total = 0
while len(d) > 5:
    total += d.popleft()
d.appendleft(-1)
print(total, list(d), d[0], d[-1], len(d))
d.extend(range(100))
d.rotate(3)
print(d[0], d[3], d.index(0), d.count(1))
del d[0]
print(d[0], len(d), 99 in d)


async def main():
    q = asyncio.Queue()
    for i in range(20000):
        q.put_nowait(i)
    s = 0
    while not q.empty():
        s += q.get_nowait()
    print(s, q.qsize())


asyncio.run(main())
