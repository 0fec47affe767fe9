# Three threads that each sleep 0.2 s finish together: their sleeps overlap.
# realclock
import threading
import time

start = time.perf_counter()
ts = [threading.Thread(target=time.sleep, args=(0.2,)) for _ in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
elapsed = time.perf_counter() - start
print("took about", round(elapsed, 1), "s")
print("less than 3 x 0.2 s:", elapsed < 0.5)
