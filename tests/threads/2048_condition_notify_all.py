# notify_all() wakes every waiting thread.
# realclock
import threading
import time

cond = threading.Condition()
go = False
woke = []


def waiter(n):
    with cond:
        while not go:
            cond.wait()
        woke.append(n)


ts = [threading.Thread(target=waiter, args=(n,)) for n in range(4)]
for t in ts:
    t.start()
time.sleep(0.1)
with cond:
    go = True
    cond.notify_all()
for t in ts:
    t.join()
print("woke:", sorted(woke))
