# A Future that has not started can be cancelled; a running one cannot.
# realclock
from concurrent.futures import ThreadPoolExecutor, CancelledError
import time

with ThreadPoolExecutor(max_workers=1) as pool:
    running = pool.submit(time.sleep, 0.2)
    waiting = pool.submit(print, "this never prints")
    time.sleep(0.1)
    print("cancel the running one:", running.cancel())
    print("cancel the waiting one:", waiting.cancel())
    print("cancelled:", waiting.cancelled(), "done:", waiting.done())
    try:
        waiting.result()
    except CancelledError:
        print("result() raises CancelledError")
