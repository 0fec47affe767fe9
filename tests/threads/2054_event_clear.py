# clear() resets an Event, so later waits block again.
# realclock
import threading

ev = threading.Event()
print(ev.is_set())
ev.set()
print(ev.is_set(), ev.wait())
ev.clear()
print(ev.is_set(), ev.wait(0.1))
