# add_done_callback runs in the parent process, with the finished future as its argument.
from concurrent.futures import ProcessPoolExecutor
import os
import time

log = []


def nap(t):
    time.sleep(t)
    return t


def boom():
    raise ValueError("no")


def record(fut):
    if fut.exception() is not None:
        log.append(("error", type(fut.exception()).__name__, os.getpid() == parent))
    else:
        log.append(("result", fut.result(), os.getpid() == parent))


if __name__ == "__main__":
    parent = os.getpid()
    with ProcessPoolExecutor(max_workers=2) as pool:
        a = pool.submit(nap, 0.2)
        b = pool.submit(nap, 0.1)
        a.add_done_callback(record)
        b.add_done_callback(record)
        c = pool.submit(boom)
        time.sleep(0.05)
        c.add_done_callback(record)
        a.result()
    print("callbacks so far:", log)
    log.clear()
    # adding a callback to a finished future calls it right away, in this thread
    a.add_done_callback(record)
    print("immediate:", log)
