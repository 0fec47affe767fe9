# One thread failing does not stop the other threads.
# realclock
import threading
import time


def job(n):
    time.sleep(0.1 * n)
    if n == 2:
        raise RuntimeError(f"job {n} failed")
    print(f"job {n} ok")


ts = [threading.Thread(target=job, args=(n,)) for n in (1, 2, 3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("all joined")
