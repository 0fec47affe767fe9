# Under the model a producer blocked on a full queue goes on as soon as the consumer takes one.
import queue
import threading
import time

q = queue.Queue(maxsize=1)


def producer():
    for n in range(3):
        q.put(n)
        print("put", n, "at", time.monotonic())


def consumer():
    for _ in range(3):
        time.sleep(0.1)
        print("got", q.get(), "at", time.monotonic())


ts = [threading.Thread(target=producer), threading.Thread(target=consumer)]
for t in ts:
    t.start()
for t in ts:
    t.join()
