# qsize(), empty() and full() describe a queue at one moment.
# realclock
import queue

q = queue.Queue(3)
print(q.qsize(), q.empty(), q.full(), q.maxsize)
for n in range(3):
    q.put(n)
print(q.qsize(), q.empty(), q.full())
unbounded = queue.Queue()
print(unbounded.maxsize, unbounded.full())
