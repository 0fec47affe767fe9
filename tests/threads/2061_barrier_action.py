# A Barrier's action runs once, in one thread, when the last party arrives.
# realclock
import threading
import time

barrier = threading.Barrier(2, action=lambda: print("everyone is here"))


def party(delay):
    time.sleep(delay)
    barrier.wait()


ts = [threading.Thread(target=party, args=(d,)) for d in (0.1, 0.2)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("n_waiting after:", barrier.n_waiting)
