# notify() wakes one waiter at a time, the one that has waited longest.
# realclock
import threading
import time

cond = threading.Condition()
tickets = 0


def waiter(n):
    global tickets
    with cond:
        while tickets == 0:
            cond.wait()
        tickets -= 1
        print("waiter", n, "got a ticket")


ts = []
for n in range(3):
    t = threading.Thread(target=waiter, args=(n,))
    t.start()
    ts.append(t)
    time.sleep(0.05)
for _ in range(3):
    time.sleep(0.1)
    with cond:
        tickets += 1
        cond.notify()
for t in ts:
    t.join()
