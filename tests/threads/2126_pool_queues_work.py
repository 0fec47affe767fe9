# With two workers, the third job waits in the pool's queue for the first worker to come free.
# realclock
from concurrent.futures import ThreadPoolExecutor
import time

start = time.monotonic()


def job(name, secs):
    began = time.monotonic() - start
    time.sleep(secs)
    return f"{name} began at {began:.1f}"


with ThreadPoolExecutor(max_workers=2) as pool:
    futures = [pool.submit(job, n, s) for n, s in (("A", 0.3), ("B", 0.1), ("C", 0.1), ("D", 0.1))]
for f in futures:
    print(f.result())
