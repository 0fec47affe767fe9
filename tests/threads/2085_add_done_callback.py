# add_done_callback runs the callback when the future finishes, in the worker thread.
# realclock
from concurrent.futures import ThreadPoolExecutor
import threading
import time


def report(fut):
    print("callback in", threading.current_thread().name, "got", fut.result())


with ThreadPoolExecutor(max_workers=2, thread_name_prefix="pool") as pool:
    for secs in (0.2, 0.1):
        pool.submit(lambda s: (time.sleep(s), s)[1], secs).add_done_callback(report)
