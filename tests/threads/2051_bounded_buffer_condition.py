# A bounded buffer built from one lock and two conditions.
# realclock
import threading
import time

lock = threading.Lock()
not_full = threading.Condition(lock)
not_empty = threading.Condition(lock)
buffer = []
CAPACITY = 2


def produce():
    for i in range(5):
        with not_full:
            while len(buffer) == CAPACITY:
                not_full.wait()
            buffer.append(i)
            not_empty.notify()


def consume():
    got = []
    for _ in range(5):
        time.sleep(0.05)
        with not_empty:
            while not buffer:
                not_empty.wait()
            got.append(buffer.pop(0))
            not_full.notify()
    print("consumed", got)


ts = [threading.Thread(target=produce), threading.Thread(target=consume)]
for t in ts:
    t.start()
for t in ts:
    t.join()
