# A thread made by a daemon thread is a daemon too, unless told otherwise.
# realclock
import threading


def child():
    pass


def parent():
    c = threading.Thread(target=child)
    print("child of a daemon is daemon:", c.daemon)
    c2 = threading.Thread(target=child, daemon=False)
    print("unless daemon=False:", c2.daemon)


p = threading.Thread(target=parent, daemon=True)
p.start()
p.join()
print("child of main is daemon:", threading.Thread(target=child).daemon)
