# A callback added to a future that is already done runs at once, in the thread that adds it.
# realclock
from concurrent.futures import ThreadPoolExecutor
import threading

with ThreadPoolExecutor(max_workers=1) as pool:
    fut = pool.submit(pow, 2, 10)
    fut.result()
    fut.add_done_callback(lambda f: print("callback in", threading.current_thread().name, f.result()))
    print("after add_done_callback")
