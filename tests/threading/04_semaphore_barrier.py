# A bounded semaphore lets two in at a time; a barrier releases all three together.
import threading
import time

sem = threading.BoundedSemaphore(2)
inside = []
most = [0]


def s(i):
    with sem:
        inside.append(i)
        most[0] = max(most[0], len(inside))
        time.sleep(0.05 * (i + 1))
        inside.remove(i)


ss = [threading.Thread(target=s, args=(i,)) for i in range(4)]
for t in ss:
    t.start()
for t in ss:
    t.join()
print("at most", most[0])
try:
    sem.release()
except ValueError as e:
    print("ValueError:", e)

bar = threading.Barrier(3, action=lambda: print("all arrived"))
res = []


def bw(i):
    time.sleep(0.05 * i)
    idx = bar.wait()
    res.append(idx)


bs = [threading.Thread(target=bw, args=(i,)) for i in range(3)]
for t in bs:
    t.start()
for t in bs:
    t.join()
print(sorted(res), bar.broken, bar.n_waiting, bar.parties)
b2 = threading.Barrier(2)
try:
    b2.wait(timeout=0.05)
except threading.BrokenBarrierError:
    print("broken", b2.broken)
