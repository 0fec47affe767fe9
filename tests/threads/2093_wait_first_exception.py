# wait(return_when=FIRST_EXCEPTION) returns when a future raises (or all are done).
# realclock
from concurrent.futures import ThreadPoolExecutor, wait, FIRST_EXCEPTION
import time


def job(secs, fail):
    time.sleep(secs)
    if fail:
        raise KeyError(secs)
    return secs


with ThreadPoolExecutor(max_workers=3) as pool:
    futures = [pool.submit(job, 0.1, False), pool.submit(job, 0.2, True), pool.submit(job, 0.4, False)]
    done, not_done = wait(futures, return_when=FIRST_EXCEPTION)
    print(len(done), "done:", sorted(repr(f.exception()) for f in done))
    print(len(not_done), "not done")
