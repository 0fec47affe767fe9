# A pool's initializer runs once in each worker thread before its first job.
# realclock
from concurrent.futures import ThreadPoolExecutor
import threading
import time

started = []


def init(tag):
    started.append((tag, threading.current_thread().name))


with ThreadPoolExecutor(max_workers=2, initializer=init, initargs=("ready",)) as pool:
    list(pool.map(time.sleep, [0.1, 0.2]))
print(sorted(started))
