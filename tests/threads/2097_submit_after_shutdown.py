# A pool that was shut down refuses new work.
# realclock
from concurrent.futures import ThreadPoolExecutor

pool = ThreadPoolExecutor(max_workers=1)
pool.shutdown()
try:
    pool.submit(print, "never")
except RuntimeError as e:
    print("RuntimeError:", e)
