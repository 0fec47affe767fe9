# wait(return_when=FIRST_COMPLETED) returns as soon as one future is done.
# realclock
from concurrent.futures import ThreadPoolExecutor, wait, FIRST_COMPLETED
import time

with ThreadPoolExecutor(max_workers=3) as pool:
    futures = {pool.submit(lambda s: (time.sleep(s), s)[1], s) for s in (0.3, 0.1, 0.2)}
    done, not_done = wait(futures, return_when=FIRST_COMPLETED)
    print("done:", [f.result() for f in done], "still running:", len(not_done))
