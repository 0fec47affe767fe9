# A queue with maxsize refuses put_nowait() when full: queue.Full.
# realclock
import queue

q = queue.Queue(maxsize=2)
q.put("a")
q.put("b")
print("full?", q.full())
try:
    q.put_nowait("c")
except queue.Full:
    print("queue.Full")
