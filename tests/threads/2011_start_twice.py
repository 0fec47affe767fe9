# A thread can be started only once.
# realclock
import threading

t = threading.Thread(target=print, args=("ran once",))
t.start()
t.join()
try:
    t.start()
except RuntimeError as e:
    print("RuntimeError:", e)
