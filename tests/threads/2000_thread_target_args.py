# Thread(target=..., args=...) runs a function in a thread; join() waits for it.
# realclock
import threading
import time


def greet(name, delay):
    time.sleep(delay)
    print("hello from", name)


t = threading.Thread(target=greet, args=("worker", 0.1))
t.start()
print("main: started the thread")
t.join()
print("main: the thread is done")
