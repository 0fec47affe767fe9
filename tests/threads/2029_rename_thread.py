# A thread's name can be changed, even while it runs.
# realclock
import threading
import time


def work():
    time.sleep(0.1)
    print("now called", threading.current_thread().name)


t = threading.Thread(target=work)
print("first called", t.name)
t.start()
t.name = "renamed-worker"
t.join()
