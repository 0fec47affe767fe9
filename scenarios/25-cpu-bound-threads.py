# CPU-bound work on threads: the GIL lets one thread run Python at a time.
import time
from concurrent.futures import ThreadPoolExecutor


def crunch(n):
    total = 0
    for i in range(n):
        total += i * i
    return total


def wait_for_disk(n):
    time.sleep(0.5)
    return n


jobs = [30_000] * 4

print("four jobs, one after another")
results = [crunch(n) for n in jobs]

print("the same four jobs on four threads")
with ThreadPoolExecutor(max_workers=4) as pool:
    print("same results:", list(pool.map(crunch, jobs)) == results)

print("four jobs that wait instead of compute, on four threads")
with ThreadPoolExecutor(max_workers=4) as pool:
    print(list(pool.map(wait_for_disk, range(4))))
