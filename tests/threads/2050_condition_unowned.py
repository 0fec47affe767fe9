# Waiting on or notifying a Condition without holding its lock is a RuntimeError.
# realclock
import threading

cond = threading.Condition()
for action in (cond.wait, cond.notify):
    try:
        action()
    except RuntimeError as e:
        print("RuntimeError:", e)
