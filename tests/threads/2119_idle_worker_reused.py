# A pool reuses an idle worker instead of starting a new thread.
# realclock
from concurrent.futures import ThreadPoolExecutor
import threading

with ThreadPoolExecutor(max_workers=4) as pool:
    names = []
    for n in range(3):
        names.append(pool.submit(lambda: threading.current_thread().name).result())
    print(names)
    print("threads in the pool:", len(pool._threads))
