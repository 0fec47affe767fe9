# shutdown(wait=False) returns at once; the queued work still runs, and the program waits for it.
# realclock
from concurrent.futures import ThreadPoolExecutor
import time


def job(n):
    time.sleep(0.1 * n)
    print("job", n, "done")


pool = ThreadPoolExecutor(max_workers=2)
for n in (1, 2, 3):
    pool.submit(job, n)
pool.shutdown(wait=False)
print("shutdown returned")
