# acquire(blocking=False) returns False at once when another thread holds the lock.
# realclock
import threading
import time

lock = threading.Lock()


def holder():
    with lock:
        time.sleep(0.2)


t = threading.Thread(target=holder)
t.start()
time.sleep(0.1)
print("got it while held?", lock.acquire(blocking=False))
t.join()
print("got it after?", lock.acquire(blocking=False))
