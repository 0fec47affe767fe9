# A work queue with task_done/join, a bounded queue that blocks the producer, timeouts.
import queue
import threading
import time

q = queue.Queue()
done = []


def worker(n):
    while True:
        item = q.get()
        if item is None:
            q.task_done()
            break
        time.sleep(0.05 * item)
        done.append(item)
        q.task_done()


ws = [threading.Thread(target=worker, args=(n,)) for n in range(2)]
for w in ws:
    w.start()
for item in (3, 1, 2, 5):
    q.put(item)
q.join()
print("joined", sorted(done), q.unfinished_tasks)
for w in ws:
    q.put(None)
for w in ws:
    w.join()
print("workers done", q.empty(), q.qsize())

b = queue.Queue(maxsize=1)
b.put("a")
try:
    b.put("b", timeout=0.05)
except queue.Full:
    print("Full after timeout", b.full())
try:
    b.put_nowait("c")
except queue.Full:
    print("Full at once")


got = []


def slow_get():
    time.sleep(0.1)
    got.append(b.get())


t = threading.Thread(target=slow_get)
t.start()
b.put("d")
print("put d after the get")
t.join()
print("got", got, b.get_nowait())
try:
    b.get(timeout=0.05)
except queue.Empty:
    print("Empty after timeout")

lq = queue.LifoQueue()
pq = queue.PriorityQueue()
for x in (2, 3, 1):
    lq.put(x)
    pq.put(x)
print([lq.get() for _ in range(3)], [pq.get() for _ in range(3)])
sq = queue.SimpleQueue()
threading.Timer(0.05, sq.put, args=("late",)).start()
print(sq.get(), sq.empty())
try:
    sq.get(timeout=0.05)
except queue.Empty:
    print("SimpleQueue Empty")
try:
    q.task_done()
except ValueError as e:
    print("ValueError:", e)
