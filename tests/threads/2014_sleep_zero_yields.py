# time.sleep(0) lets other runnable threads take a turn: two threads take turns.
import threading
import time


def ping(name):
    for i in range(3):
        print(name, i)
        time.sleep(0)


a = threading.Thread(target=ping, args=("ping",))
b = threading.Thread(target=ping, args=("pong",))
a.start()
b.start()
a.join()
b.join()
