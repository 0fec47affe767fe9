# main_thread() is the thread the program started in, whichever thread asks.
# realclock
import threading


def check():
    print("worker is main?", threading.current_thread() is threading.main_thread())
    print("main is called", threading.main_thread().name)


print("main is main?", threading.current_thread() is threading.main_thread())
t = threading.Thread(target=check)
t.start()
t.join()
