# os._exit in a worker kills the process outright: the pool becomes broken (BrokenProcessPool).
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
import os
import time


def die():
    os._exit(1)


def nap(t):
    time.sleep(t)
    return t


if __name__ == "__main__":
    pool = ProcessPoolExecutor(max_workers=2)
    other = pool.submit(nap, 0.3)
    time.sleep(0.1)
    dead = pool.submit(die)
    try:
        dead.result()
    except BrokenProcessPool as e:
        print("dead:", type(e).__name__, "-", e)
    try:
        other.result()
    except BrokenProcessPool as e:
        print("innocent running task also failed:", type(e).__name__)
    try:
        pool.submit(nap, 0)
    except BrokenProcessPool as e:
        print("submit:", e)
    pool.shutdown()
    print("done")
