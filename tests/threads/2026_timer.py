# threading.Timer runs a function once after a delay, in its own thread.
# realclock
import threading
import time


def ring(msg):
    print("timer:", msg)


t = threading.Timer(0.2, ring, args=("wake up",))
t.start()
time.sleep(0.1)
print("main: the timer has not fired yet")
t.join()
print("main: the timer fired")
