# With max_workers=2 and four 0.1 s tasks, exactly two distinct worker processes do the work.
from concurrent.futures import ProcessPoolExecutor
import os
import time


def slow_pid(i):
    time.sleep(0.1)
    return os.getpid()


if __name__ == "__main__":
    start = time.monotonic()
    with ProcessPoolExecutor(max_workers=2) as pool:
        pids = list(pool.map(slow_pid, range(4)))
    elapsed = time.monotonic() - start
    print("results:", len(pids))
    print("distinct pids:", len(set(pids)))
    print("two rounds of 0.1 s:", 0.19 < elapsed < 0.4)
