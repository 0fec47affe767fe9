# put(timeout=...) on a full queue waits, then raises queue.Full.
# realclock
import queue
import threading
import time

q = queue.Queue(maxsize=1)
q.put("occupied")
try:
    q.put("more", timeout=0.1)
except queue.Full:
    print("still full after the timeout")
threading.Timer(0.1, q.get).start()
q.put("more", timeout=0.5)
print("put after a timer emptied it:", q.get())
