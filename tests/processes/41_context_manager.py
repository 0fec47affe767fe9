# The with-block waits for every task on exit and returns the executor from __enter__.
from concurrent.futures import ProcessPoolExecutor
import time


def nap(t):
    time.sleep(t)
    return t


if __name__ == "__main__":
    with ProcessPoolExecutor(max_workers=2) as pool:
        print("enter returns the pool:", type(pool).__name__)
        futures = [pool.submit(nap, 0.2), pool.submit(nap, 0.1)]
        print("inside, done:", [f.done() for f in futures])
    print("after with, done:", [f.done() for f in futures])
    print("results:", [f.result() for f in futures])
    try:
        with ProcessPoolExecutor(max_workers=1) as p2:
            f = p2.submit(nap, 0.1)
            raise KeyError("leaving early")
    except KeyError as e:
        print("exception passed through:", e, "- task still finished:", f.done(), f.result())
    try:
        pool.submit(nap, 0)
    except RuntimeError as e:
        print("reuse:", e)
