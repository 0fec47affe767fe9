# time.sleep in a thread lets the others run; monotonic() shows the waits overlapping.
# realclock
import threading
import time

start = time.monotonic()
log = []


def stepper(name, step):
    for _ in range(2):
        time.sleep(step)
        log.append((time.monotonic() - start, name))


ts = [threading.Thread(target=stepper, args=(n, s)) for n, s in (("a", 0.15), ("b", 0.25))]
for t in ts:
    t.start()
for t in ts:
    t.join()
print([name for _, name in sorted(log)])
