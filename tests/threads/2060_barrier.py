# A Barrier holds every thread until all of them have arrived.
# realclock
import threading
import time

barrier = threading.Barrier(3)
passed = []


def hiker(name, delay):
    time.sleep(delay)
    print(name, "arrived at the hut")
    barrier.wait()
    passed.append(name)


ts = [threading.Thread(target=hiker, args=a) for a in (("Ann", 0.2), ("Bo", 0.1), ("Cy", 0.3))]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("went on together:", sorted(passed))
