# Two threads that join each other wait forever.
import threading
import time


def wait_for(other_name):
    time.sleep(0.1)
    threads[other_name].join()


threads = {
    "left": threading.Thread(target=wait_for, args=("right",), name="left"),
    "right": threading.Thread(target=wait_for, args=("left",), name="right"),
}
for t in threads.values():
    t.start()
print("main: both started")
