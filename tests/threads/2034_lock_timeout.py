# acquire(timeout=...) gives up after the timeout and returns False.
# realclock
import threading
import time

lock = threading.Lock()


def holder():
    with lock:
        time.sleep(0.3)


t = threading.Thread(target=holder)
t.start()
start = time.monotonic()
ok = lock.acquire(timeout=0.1)
print("acquired:", ok, "after", round(time.monotonic() - start, 1), "s")
ok = lock.acquire(timeout=1)
print("acquired:", ok, "after", round(time.monotonic() - start, 1), "s")
t.join()
