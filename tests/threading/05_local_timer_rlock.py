# threading.local, Timer (fired and cancelled), RLock re-entry.
import threading
import time

loc = threading.local()
loc.x = 1


def lw():
    print("has x", hasattr(loc, "x"))
    loc.x = 2


t = threading.Thread(target=lw)
t.start()
t.join()
print("x", loc.x)

fired = []
tm = threading.Timer(0.1, lambda: fired.append("fired"))
tm.start()
tm2 = threading.Timer(0.05, lambda: fired.append("never"))
tm2.start()
tm2.cancel()
tm.join()
tm2.join()
print(fired)

r = threading.RLock()
with r:
    with r:
        print("rlock re-entered")
try:
    r.release()
except RuntimeError as e:
    print("RuntimeError:", e)
