# Future.result(timeout) raises TimeoutError if the work is not done in time; the work goes on.
# realclock
from concurrent.futures import ThreadPoolExecutor, TimeoutError
import time


def slow():
    time.sleep(0.3)
    return "finally"


with ThreadPoolExecutor(max_workers=1) as pool:
    fut = pool.submit(slow)
    try:
        fut.result(timeout=0.1)
    except TimeoutError:
        print("not ready after 0.1 s")
    print(fut.result(timeout=1))
