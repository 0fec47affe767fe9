# Condition.wait(timeout) returns False when nobody notified in time.
# realclock
import threading
import time

cond = threading.Condition()
start = time.monotonic()
with cond:
    notified = cond.wait(timeout=0.2)
print("notified:", notified, "after", round(time.monotonic() - start, 1), "s")
with cond:
    print("wait_for:", cond.wait_for(lambda: False, timeout=0.1))
