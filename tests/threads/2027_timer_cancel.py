# A Timer cancelled before its delay never runs its function.
# realclock
import threading
import time

t = threading.Timer(0.3, print, args=("this never prints",))
t.start()
time.sleep(0.1)
t.cancel()
t.join()
print("cancelled; finished:", t.finished.is_set())
