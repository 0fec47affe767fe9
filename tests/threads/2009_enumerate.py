# threading.enumerate() lists the threads alive right now.
# realclock
import threading
import time

workers = [threading.Thread(target=time.sleep, args=(0.2,), name=f"sleeper-{i}") for i in range(3)]
for w in workers:
    w.start()
print(sorted(t.name for t in threading.enumerate()))
for w in workers:
    w.join()
print(sorted(t.name for t in threading.enumerate()))
