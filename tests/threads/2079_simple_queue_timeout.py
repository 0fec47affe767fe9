# SimpleQueue.get(timeout=...) raises queue.Empty when nothing came.
# realclock
import queue
import threading

q = queue.SimpleQueue()
try:
    q.get(timeout=0.1)
except queue.Empty:
    print("empty after the timeout")
threading.Timer(0.1, q.put, args=("late",)).start()
print("got", q.get(timeout=1))
