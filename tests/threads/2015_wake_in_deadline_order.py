# Sleeping threads wake in the order of their deadlines, not the order they started.
# realclock
import threading
import time


def nap(name, secs):
    time.sleep(secs)
    print(name, "woke up")


ts = [threading.Thread(target=nap, args=(n, s)) for n, s in (("slow", 0.3), ("fast", 0.1), ("medium", 0.2))]
for t in ts:
    t.start()
for t in ts:
    t.join()
