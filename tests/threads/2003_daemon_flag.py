# A daemon thread does not keep the program alive: this one never finishes its sleep.
# realclock
import threading
import time


def background():
    print("daemon: going to sleep for a long time")
    time.sleep(30)
    print("daemon: this line never prints")


t = threading.Thread(target=background, daemon=True)
print("daemon?", t.daemon)
t.start()
time.sleep(0.1)
print("main: done, not waiting for the daemon")
