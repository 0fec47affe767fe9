# A Semaphore(2) lets at most two threads into a section at once.
# realclock
import threading
import time

sem = threading.Semaphore(2)
inside = 0
most = 0
guard = threading.Lock()


def visit(n):
    global inside, most
    with sem:
        with guard:
            inside += 1
            most = max(most, inside)
        time.sleep(0.1 * (n + 1))
        with guard:
            inside -= 1


ts = [threading.Thread(target=visit, args=(n,)) for n in range(5)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("at most", most, "inside at once")
