# Workers wait on one Event so they all start at the same signal.
# realclock
import threading
import time

go = threading.Event()


def runner(n):
    go.wait()
    time.sleep(0.1 * n)
    print("runner", n, "finished")


ts = [threading.Thread(target=runner, args=(n,)) for n in (3, 1, 2)]
for t in ts:
    t.start()
time.sleep(0.1)
print("main: go!")
go.set()
for t in ts:
    t.join()
