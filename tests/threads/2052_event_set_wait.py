# An Event is a flag threads can wait for: wait() returns once another thread sets it.
# realclock
import threading
import time

ready = threading.Event()


def prepare():
    print("prepare: working")
    time.sleep(0.2)
    print("prepare: setting ready")
    ready.set()


threading.Thread(target=prepare).start()
print("main: waiting for ready")
ready.wait()
print("main: ready! is_set =", ready.is_set())
