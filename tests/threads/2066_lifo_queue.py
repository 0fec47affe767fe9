# queue.LifoQueue is a stack: the last item put is the first one out.
# realclock
import queue

q = queue.LifoQueue()
for n in range(4):
    q.put(n)
print([q.get() for _ in range(4)])
