# Event.wait(timeout) returns False when the flag was not set in time.
# realclock
import threading
import time

ev = threading.Event()
threading.Timer(0.3, ev.set).start()
print("first wait:", ev.wait(0.1))
print("second wait:", ev.wait(0.1))
print("third wait:", ev.wait(0.5))
