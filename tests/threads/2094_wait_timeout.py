# wait(timeout=...) returns whatever finished by then.
# realclock
from concurrent.futures import ThreadPoolExecutor, wait
import time

with ThreadPoolExecutor(max_workers=2) as pool:
    futures = [pool.submit(time.sleep, s) for s in (0.1, 0.3)]
    done, not_done = wait(futures, timeout=0.2)
    print(len(done), "done and", len(not_done), "not done at 0.2 s")
