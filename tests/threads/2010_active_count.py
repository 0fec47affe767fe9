# active_count() counts live threads, the main thread included.
# realclock
import threading
import time

print("at start:", threading.active_count())
ts = [threading.Thread(target=time.sleep, args=(0.1 * (i + 1),)) for i in range(3)]
for t in ts:
    t.start()
print("while sleeping:", threading.active_count())
ts[0].join()
print("after the first ended:", threading.active_count())
for t in ts:
    t.join()
print("at the end:", threading.active_count())
