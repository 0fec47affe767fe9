# Threads that sleep (inside nested calls) wake in deadline order.
import threading
import time


def nap(n):
    time.sleep(0.05 * n)


def worker(n, out):
    nap(n)
    out.append(n)
    print("woke", n, threading.current_thread().name)


out = []
threads = [threading.Thread(target=worker, args=(n, out)) for n in (4, 1, 3, 2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(out, threading.active_count())
print([t.is_alive() for t in threads])
