"""executor.map: like the built-in map, but the calls run on a pool's threads."""
from concurrent.futures import ThreadPoolExecutor
import time

start = time.monotonic()


def elapsed():
    return f"{time.monotonic() - start:.1f}s"


ran = []


def sleeper(x):
    ran.append(x)
    time.sleep(x)
    return x * 10


# Three threads: the three calls run at the same time.
with ThreadPoolExecutor(max_workers=3) as executor:
    results = list(executor.map(sleeper, [3, 1, 2]))
print(elapsed(), "results in input order:", results)

# One thread: the calls run one after another (1 s, then 2 s, then 2 s).
start = time.monotonic()
ran.clear()
with ThreadPoolExecutor(max_workers=1) as executor:
    results = executor.map(sleeper, [1, 2, 2], timeout=2.5)
    try:
        for r in results:
            print(elapsed(), "got", r)
    except TimeoutError:
        print(elapsed(), "TimeoutError: 2.5 s have passed since map() was called")
print(elapsed(), "the pool is shut down; calls that ran:", ran)
