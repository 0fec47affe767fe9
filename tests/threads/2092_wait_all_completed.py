# wait() with the default ALL_COMPLETED returns when every future is done.
# realclock
from concurrent.futures import ThreadPoolExecutor, wait
import time

with ThreadPoolExecutor(max_workers=2) as pool:
    futures = [pool.submit(time.sleep, s) for s in (0.1, 0.2, 0.15)]
    start = time.monotonic()
    done, not_done = wait(futures)
    print(len(done), "done,", len(not_done), "not done, after", round(time.monotonic() - start, 2))
