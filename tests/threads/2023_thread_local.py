# threading.local() gives every thread its own attributes.
# realclock
import threading
import time

data = threading.local()
data.value = "main's value"


def worker(n):
    data.value = f"worker {n}'s value"
    time.sleep(0.1 * (3 - n))
    print(threading.current_thread().name, "sees", data.value)


ts = [threading.Thread(target=worker, args=(n,), name=f"w{n}") for n in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("main sees", data.value)
