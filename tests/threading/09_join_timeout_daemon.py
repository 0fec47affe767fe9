# join(timeout) gives up; a daemon thread still asleep does not hold the exit.
import threading
import time

t = threading.Thread(target=time.sleep, args=(0.2,))
t.start()
t.join(0.05)
print("alive after short join", t.is_alive())
t.join()
print("alive after join", t.is_alive())
d = threading.Thread(target=time.sleep, args=(5,), daemon=True)
d.start()
print(d.daemon, d.is_alive(), len(threading.enumerate()))
print("bye")
