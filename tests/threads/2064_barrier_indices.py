# Barrier.wait() returns a different index to each party, from 0 to parties - 1.
# realclock
import threading
import time

barrier = threading.Barrier(4)
indices = []


def party(n):
    time.sleep(0.05 * n)
    indices.append(barrier.wait())


ts = [threading.Thread(target=party, args=(n,)) for n in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(indices))
