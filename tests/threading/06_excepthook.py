# An uncaught exception in a thread is printed and the program goes on.
import threading


def boom():
    raise ValueError("boom")


b = threading.Thread(target=boom)
b.start()
b.join()
print("after boom", b.is_alive())
