# Condition wait/notify and Event set/wait, with timeouts.
import threading
import time

cond = threading.Condition()
ev = threading.Event()
items = []


def consumer():
    with cond:
        while not items:
            cond.wait()
        print("got", items.pop())
    print("first wait", ev.wait(0.05))
    ev.wait()
    print("event seen", ev.is_set())


c = threading.Thread(target=consumer, name="cons")
c.start()
time.sleep(0.1)
with cond:
    items.append("x")
    cond.notify()
time.sleep(0.2)
ev.set()
c.join()
with cond:
    print("wait_for", cond.wait_for(lambda: False, timeout=0.05))
try:
    cond.notify()
except RuntimeError as e:
    print("RuntimeError:", e)
