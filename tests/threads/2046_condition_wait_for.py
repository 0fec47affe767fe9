# Condition.wait_for(predicate) waits until the predicate holds.
# realclock
import threading
import time

cond = threading.Condition()
state = {"level": 0}


def filler():
    for _ in range(3):
        time.sleep(0.1)
        with cond:
            state["level"] += 1
            print("level", state["level"])
            cond.notify_all()


t = threading.Thread(target=filler)
t.start()
with cond:
    cond.wait_for(lambda: state["level"] >= 3)
    print("main: full at level", state["level"])
t.join()
