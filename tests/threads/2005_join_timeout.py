# join(timeout) gives up waiting after the timeout; is_alive() tells whether the thread still runs.
# realclock
import threading
import time


def slow():
    time.sleep(0.3)
    print("slow: finished")


t = threading.Thread(target=slow)
t.start()
t.join(0.1)
print("after join(0.1): alive =", t.is_alive())
t.join()
print("after join(): alive =", t.is_alive())
