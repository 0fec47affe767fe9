# A plain Lock acquired twice by the same thread waits for itself; a timeout shows it.
# realclock
import threading

lock = threading.Lock()
lock.acquire()
print("second acquire:", lock.acquire(timeout=0.1))
rlock = threading.RLock()
rlock.acquire()
print("an RLock instead:", rlock.acquire(timeout=0.1))
