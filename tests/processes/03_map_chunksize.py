# map with chunksize sends items in batches but still yields one result per item, in order.
from concurrent.futures import ProcessPoolExecutor
import os


def tag(x):
    return (x, x % 3)


def pid_of(_):
    return os.getpid()


if __name__ == "__main__":
    with ProcessPoolExecutor(max_workers=2) as pool:
        print(list(pool.map(tag, range(10), chunksize=4)))
        print("chunksize bigger than input:", list(pool.map(tag, range(3), chunksize=100)))
        # with one chunk holding everything, a single worker runs every item
        pids = list(pool.map(pid_of, range(6), chunksize=6))
        print("one chunk -> one pid:", len(set(pids)) == 1)
        try:
            pool.map(tag, range(3), chunksize=0)
        except ValueError as e:
            print("ValueError:", e)
