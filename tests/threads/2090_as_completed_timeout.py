# as_completed(timeout=...) raises TimeoutError naming how many futures are unfinished.
# realclock
from concurrent.futures import ThreadPoolExecutor, as_completed, TimeoutError
import time

with ThreadPoolExecutor(max_workers=3) as pool:
    futures = [pool.submit(time.sleep, s) for s in (0.1, 0.3, 0.4)]
    try:
        for fut in as_completed(futures, timeout=0.2):
            print("one finished")
    except TimeoutError as e:
        print("TimeoutError:", e)
