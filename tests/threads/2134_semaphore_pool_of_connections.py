# A BoundedSemaphore as a pool of two connections shared by four threads.
# realclock
import threading
import time

connections = threading.BoundedSemaphore(2)
order = []
order_lock = threading.Lock()


def query(n, secs):
    with connections:
        with order_lock:
            order.append(f"q{n} in")
        time.sleep(secs)
        with order_lock:
            order.append(f"q{n} out")


ts = [threading.Thread(target=query, args=(n, 0.1 * n)) for n in (1, 3)]
for t in ts:
    t.start()
time.sleep(0.05)
late = [threading.Thread(target=query, args=(n, s)) for n, s in ((2, 0.15), (4, 0.1))]
for t in late:
    t.start()
    time.sleep(0.3)
for t in ts + late:
    t.join()
print(order)
