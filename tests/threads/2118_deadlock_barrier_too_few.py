# A Barrier for three with only two parties never opens.
import threading
import time

barrier = threading.Barrier(3)


def party(n):
    time.sleep(0.1 * n)
    print("party", n, "waits")
    barrier.wait()


for n in (1, 2):
    threading.Thread(target=party, args=(n,), name=f"party-{n}").start()
