# A Condition lets one thread wait until another says something changed.
# realclock
import threading
import time

cond = threading.Condition()
items = []


def consumer():
    with cond:
        while not items:
            print("consumer: waiting")
            cond.wait()
        print("consumer: got", items.pop())


def producer():
    time.sleep(0.1)
    with cond:
        items.append("bread")
        print("producer: made bread")
        cond.notify()


ts = [threading.Thread(target=consumer), threading.Thread(target=producer)]
for t in ts:
    t.start()
for t in ts:
    t.join()
