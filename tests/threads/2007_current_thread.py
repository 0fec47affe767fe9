# threading.current_thread() is the Thread object running the code that asks.
# realclock
import threading


def who():
    me = threading.current_thread()
    print("inside:", me.name, me is worker)


worker = threading.Thread(target=who, name="helper")
worker.start()
worker.join()
print("outside:", threading.current_thread().name)
