import threading
import time

lock = threading.Lock()


def worker(n):
    with lock:
        time.sleep(0.1 * n)
    print("done", n)


ts = [threading.Thread(target=worker, args=(n,)) for n in (1, 2)]
for t in ts:
    t.start()
for t in ts:
    t.join()
