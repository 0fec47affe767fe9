# Pool workers are named ThreadPoolExecutor-N_M, or after thread_name_prefix.
# realclock
from concurrent.futures import ThreadPoolExecutor
import threading
import time


def whoami(secs):
    time.sleep(secs)
    return threading.current_thread().name


with ThreadPoolExecutor(max_workers=2) as pool:
    print(sorted(pool.map(whoami, [0.1, 0.2])))
with ThreadPoolExecutor(max_workers=2, thread_name_prefix="fetcher") as pool:
    print(sorted(pool.map(whoami, [0.1, 0.2])))
with ThreadPoolExecutor(max_workers=1) as pool:
    print(pool.submit(whoami, 0).result())
