# get_nowait() on an empty queue raises queue.Empty.
# realclock
import queue

q = queue.Queue()
try:
    q.get_nowait()
except queue.Empty:
    print("empty!")
try:
    q.get(block=False)
except queue.Empty as e:
    print("still empty", type(e).__name__, repr(e))
