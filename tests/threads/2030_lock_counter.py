# A Lock makes a read-modify-write safe even when the thread sleeps in the middle.
# realclock
import threading
import time

counter = 0
lock = threading.Lock()


def add_one():
    global counter
    with lock:
        value = counter
        time.sleep(0.05)
        counter = value + 1


ts = [threading.Thread(target=add_one) for _ in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("counter =", counter)
