# get(timeout=...) waits at most that long, then raises queue.Empty.
# realclock
import queue
import time

q = queue.Queue()
start = time.monotonic()
try:
    q.get(timeout=0.2)
except queue.Empty:
    print("nothing after", round(time.monotonic() - start, 1), "s")
