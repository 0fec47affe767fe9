# Several worker threads drain one queue; one None per worker tells each to stop.
# realclock
import queue
import threading
import time

jobs = queue.Queue()
results = queue.Queue()


def worker():
    while (n := jobs.get()) is not None:
        time.sleep(0.05)
        results.put(n * n)


workers = [threading.Thread(target=worker) for _ in range(3)]
for w in workers:
    w.start()
for n in range(6):
    jobs.put(n)
for _ in workers:
    jobs.put(None)
for w in workers:
    w.join()
print(sorted(results.get() for _ in range(results.qsize())))
