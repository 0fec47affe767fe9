# With no max_workers the pool still runs everything; the number of processes is bounded by cpu_count.
from concurrent.futures import ProcessPoolExecutor
import os
import time


def work(x):
    time.sleep(0.05)
    return x * 2, os.getpid()


if __name__ == "__main__":
    parent = os.getpid()
    with ProcessPoolExecutor() as pool:
        out = list(pool.map(work, range(8)))
    values = [v for v, _ in out]
    pids = [p for _, p in out]
    print(values)
    print("at most cpu_count processes:", len(set(pids)) <= os.cpu_count())
    print("at least one process:", len(set(pids)) >= 1)
    print("none is the parent:", parent not in pids)
