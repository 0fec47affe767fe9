"""Two jobs in a pool, each waiting for the other's result: neither can ever finish."""
from concurrent.futures import ThreadPoolExecutor
import time


def wait_on_b():
    time.sleep(1)
    print("wait_on_b: waiting for b's result")
    print(b.result())  # b is wait_on_a's Future: it never gets a result
    return 5


def wait_on_a():
    time.sleep(2)
    print("wait_on_a: waiting for a's result")
    print(a.result())  # a is wait_on_b's Future: it never gets a result either
    return 6


executor = ThreadPoolExecutor(max_workers=2)
a = executor.submit(wait_on_b)
b = executor.submit(wait_on_a)
print("main: both jobs submitted, main has nothing left to do")
# At the end Python waits for the pool's threads, which wait for each other: plain
# python3 hangs here until Ctrl-C; coroviz reports the deadlock and exits with 3.
