# A Future is pending, then running, then done.
# realclock
from concurrent.futures import ThreadPoolExecutor
import time

with ThreadPoolExecutor(max_workers=1) as pool:
    first = pool.submit(time.sleep, 0.2)
    second = pool.submit(time.sleep, 0.2)
    time.sleep(0.1)
    print("first running:", first.running(), "done:", first.done())
    print("second running:", second.running(), "done:", second.done())
    first.result()
    second.result()
    print("first running:", first.running(), "done:", first.done())
