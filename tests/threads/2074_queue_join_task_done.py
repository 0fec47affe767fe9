# Queue.join() waits until task_done() was called for every item put.
# realclock
import queue
import threading
import time

q = queue.Queue()
done = []


def worker():
    while True:
        item = q.get()
        time.sleep(0.05)
        done.append(item)
        q.task_done()


threading.Thread(target=worker, daemon=True).start()
for item in range(5):
    q.put(item)
q.join()
print("all processed:", done)
