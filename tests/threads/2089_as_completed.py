# as_completed() yields futures as they finish, fastest first.
# realclock
from concurrent.futures import ThreadPoolExecutor, as_completed
import time


def download(name, secs):
    time.sleep(secs)
    return name


with ThreadPoolExecutor(max_workers=3) as pool:
    futures = [pool.submit(download, n, s) for n, s in (("big.iso", 0.3), ("small.txt", 0.1), ("mid.png", 0.2))]
    for fut in as_completed(futures):
        print("finished", fut.result())
