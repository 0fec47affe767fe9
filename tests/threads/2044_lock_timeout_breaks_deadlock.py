# A lock timeout breaks a would-be deadlock: one thread gives up and lets the other finish.
# realclock
import threading
import time

a = threading.Lock()
b = threading.Lock()


def polite():
    with a:
        time.sleep(0.1)
        if b.acquire(timeout=0.2):
            b.release()
        else:
            print("polite: gave up on b, releasing a")


def greedy():
    with b:
        time.sleep(0.15)
        with a:
            print("greedy: got both")


ts = [threading.Thread(target=polite), threading.Thread(target=greedy)]
for t in ts:
    t.start()
for t in ts:
    t.join()
