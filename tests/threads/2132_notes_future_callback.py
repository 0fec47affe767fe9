# The notes' example 13: a Future reports back through a done callback when its work ends.
# realclock
from concurrent.futures import ThreadPoolExecutor
import time


def task(n):
    time.sleep(0.1 * n)
    return n * n


def done(future):
    print("finished with", future.result())


with ThreadPoolExecutor(max_workers=3) as executor:
    for n in (3, 1, 2):
        executor.submit(task, n).add_done_callback(done)
print("all callbacks ran")
