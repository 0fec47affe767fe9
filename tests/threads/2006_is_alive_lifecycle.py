# is_alive() is False before start(), True while running, False after the thread ends.
# realclock
import threading
import time

t = threading.Thread(target=time.sleep, args=(0.2,))
print("before start:", t.is_alive())
t.start()
print("after start:", t.is_alive())
t.join()
print("after join:", t.is_alive())
