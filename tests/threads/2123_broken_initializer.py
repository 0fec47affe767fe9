# If a pool's initializer fails, the pool is broken and its futures fail with BrokenThreadPool.
# realclock
from concurrent.futures import ThreadPoolExecutor
from concurrent.futures.thread import BrokenThreadPool
import logging

logging.disable(logging.CRITICAL)


def bad_init():
    raise OSError("no database")


pool = ThreadPoolExecutor(max_workers=1, initializer=bad_init)
fut = pool.submit(print, "never")
try:
    fut.result()
except BrokenThreadPool as e:
    print("BrokenThreadPool:", e)
pool.shutdown()
