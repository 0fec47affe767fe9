# A thread sleeps 900 calls deep, and can still hit the recursion limit.
import threading
import time


def f(n):
    if n == 0:
        time.sleep(0.05)
        return 0
    return 1 + f(n - 1)


r = []
t = threading.Thread(target=lambda: r.append(f(900)))
t.start()
t.join()
print(r)


def g(n):
    return g(n + 1)


def h():
    try:
        g(0)
    except RecursionError as e:
        print("RecursionError:", e)


t = threading.Thread(target=h)
t.start()
t.join()
