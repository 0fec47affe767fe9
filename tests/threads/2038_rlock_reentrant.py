# An RLock can be acquired again by the thread that holds it; a recursive function relies on it.
# realclock
import threading

rlock = threading.RLock()


def countdown(n):
    with rlock:
        print("  " * (3 - n) + f"depth {n}")
        if n > 0:
            countdown(n - 1)


t = threading.Thread(target=countdown, args=(3,))
t.start()
t.join()
