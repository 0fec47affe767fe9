# The classic producer/consumer with a queue between two threads.
# realclock
import queue
import threading
import time

q = queue.Queue()


def producer():
    for n in range(3):
        time.sleep(0.1)
        print("made", n)
        q.put(n)
    q.put(None)


def consumer():
    while True:
        item = q.get()
        if item is None:
            break
        print("  ate", item)


ts = [threading.Thread(target=producer), threading.Thread(target=consumer)]
for t in ts:
    t.start()
for t in ts:
    t.join()
