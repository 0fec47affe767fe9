# concurrent.futures.thread: the thread pool's names where CPython keeps them (the pool
# itself lives in concurrent/futures.py).
from concurrent.futures import ThreadPoolExecutor, BrokenExecutor
from concurrent.futures import _BrokenThreadPool as BrokenThreadPool
