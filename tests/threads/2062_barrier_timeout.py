# A Barrier wait that times out breaks the barrier for everyone.
# realclock
import threading

barrier = threading.Barrier(3)


def impatient():
    try:
        barrier.wait(timeout=0.1)
    except threading.BrokenBarrierError:
        print("impatient: the barrier broke")


t = threading.Thread(target=impatient)
t.start()
t.join()
print("broken:", barrier.broken)
try:
    barrier.wait()
except threading.BrokenBarrierError:
    print("main: BrokenBarrierError too")
