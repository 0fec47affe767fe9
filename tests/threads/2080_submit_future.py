# The notes' submit(): a pool runs the function in a worker thread and returns a Future.
# realclock
from concurrent.futures import ThreadPoolExecutor
import time


def return_after(secs, value):
    time.sleep(secs)
    return value


with ThreadPoolExecutor(max_workers=2) as executor:
    future = executor.submit(return_after, 0.2, "hello")
    print("done right away?", future.done())
    print("result:", future.result())
    print("done now?", future.done())
