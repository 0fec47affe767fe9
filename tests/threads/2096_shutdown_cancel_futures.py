# shutdown(cancel_futures=True) cancels the work that has not started yet.
# realclock
from concurrent.futures import ThreadPoolExecutor
import time

pool = ThreadPoolExecutor(max_workers=1)
futures = [pool.submit(time.sleep, 0.1) for _ in range(4)]
time.sleep(0.05)
pool.shutdown(wait=True, cancel_futures=True)
print(["cancelled" if f.cancelled() else "done" for f in futures])
