# A plain Lock has no owner: another thread may release it.
# realclock
import threading
import time

lock = threading.Lock()
lock.acquire()


def releaser():
    time.sleep(0.1)
    print("releaser: releasing main's lock")
    lock.release()


threading.Thread(target=releaser).start()
lock.acquire()
print("main: acquired again")
