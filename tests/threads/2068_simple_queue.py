# queue.SimpleQueue is an unbounded FIFO without task tracking.
# realclock
import queue
import threading

q = queue.SimpleQueue()


def sender():
    for n in range(3):
        q.put(n * 10)


t = threading.Thread(target=sender)
t.start()
t.join()
print([q.get() for _ in range(3)], q.empty(), q.qsize())
print(hasattr(q, "task_done"))
