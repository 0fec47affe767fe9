# The program waits at its end for threads that are not daemons.
# realclock
import threading
import time


def late():
    time.sleep(0.2)
    print("late thread: done, now the program can end")


threading.Thread(target=late).start()
print("main: last line of the program")
