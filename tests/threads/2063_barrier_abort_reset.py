# abort() breaks a Barrier and wakes its waiters; reset() makes it usable again.
# realclock
import threading
import time

barrier = threading.Barrier(2)


def waiter():
    try:
        barrier.wait()
    except threading.BrokenBarrierError:
        print("waiter: aborted")


t = threading.Thread(target=waiter)
t.start()
time.sleep(0.1)
barrier.abort()
t.join()
barrier.reset()
print("broken after reset:", barrier.broken)
