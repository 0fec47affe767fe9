# Under the model, threads waiting for a lock get it oldest waiter first.
import threading
import time

lock = threading.Lock()


def worker(n):
    with lock:
        print("worker", n, "has the lock")
        time.sleep(0.1)


lock.acquire()
ts = [threading.Thread(target=worker, args=(n,)) for n in range(4)]
for t in ts:
    t.start()
print("main releases")
lock.release()
for t in ts:
    t.join()
