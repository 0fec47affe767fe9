# Polling is_alive() with a short join(timeout) while doing other work.
# realclock
import threading
import time

t = threading.Thread(target=time.sleep, args=(0.35,))
t.start()
polls = 0
while t.is_alive():
    t.join(timeout=0.1)
    polls += 1
print("polled", polls, "times")
