# An exception a thread does not catch is printed by threading.excepthook; the main thread goes on.
# realclock
import threading


def fails():
    raise ValueError("something went wrong in the thread")


t = threading.Thread(target=fails, name="failing")
t.start()
t.join()
print("main: still running, the thread is", "alive" if t.is_alive() else "done")
