# Without a lock, threads that read, sleep and write lose each other's updates.
# realclock
import threading
import time

counter = 0


def add_one():
    global counter
    value = counter
    time.sleep(0.1)
    counter = value + 1


ts = [threading.Thread(target=add_one) for _ in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("counter =", counter, "(4 increments, only one kept)")
