# A thread's target cannot return a value to join(); a shared list collects results.
# realclock
import threading
import time

results = [None] * 4


def square(i):
    time.sleep(0.1 * (4 - i))
    results[i] = i * i


ts = [threading.Thread(target=square, args=(i,)) for i in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(results)
