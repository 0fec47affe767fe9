# An Event as a stop flag: the worker ticks with wait(timeout) until asked to stop.
# realclock
import threading
import time

stop = threading.Event()


def ticker():
    n = 0
    while not stop.wait(0.1):
        n += 1
        print("tick", n)
    print("ticker stopped")


t = threading.Thread(target=ticker)
t.start()
time.sleep(0.35)
stop.set()
t.join()
