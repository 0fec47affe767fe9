# Leaving a `with ThreadPoolExecutor()` block waits for all submitted work.
# realclock
from concurrent.futures import ThreadPoolExecutor
import time


def brew(drink, secs):
    time.sleep(secs)
    print(drink, "ready")


with ThreadPoolExecutor(max_workers=3) as pool:
    pool.submit(brew, "tea", 0.2)
    pool.submit(brew, "coffee", 0.1)
    print("orders placed")
print("all drinks ready, the block is over")
