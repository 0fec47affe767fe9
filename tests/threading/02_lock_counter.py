# A lock held across a sleep keeps a read-modify-write whole.
import threading
import time

lock = threading.Lock()
total = 0


def adder(k):
    global total
    for _ in range(3):
        with lock:
            v = total
            time.sleep(0.05)
            total = v + k


ts = [threading.Thread(target=adder, args=(k,)) for k in (1, 10, 100)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("total", total, lock.locked())
print(lock.acquire(False), lock.acquire(False), lock.acquire(timeout=0.05))
lock.release()
try:
    lock.release()
except RuntimeError as e:
    print("RuntimeError:", e)
