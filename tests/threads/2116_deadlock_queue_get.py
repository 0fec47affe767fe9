# Waiting on a queue nobody will ever fill is a deadlock.
import queue
import threading

q = queue.Queue()


def consumer():
    print("consumer: waiting for an item")
    print(q.get())


t = threading.Thread(target=consumer, name="consumer")
t.start()
t.join()
