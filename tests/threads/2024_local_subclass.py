# A subclass of threading.local runs __init__ once in each thread that uses it.
# realclock
import threading


class Counter(threading.local):
    def __init__(self):
        print("init in", threading.current_thread().name)
        self.count = 0


counter = Counter()


def bump(times):
    for _ in range(times):
        counter.count += 1
    print(threading.current_thread().name, "count =", counter.count)


for n in (2, 5):
    t = threading.Thread(target=bump, args=(n,), name=f"bumper-{n}")
    t.start()
    t.join()
bump(1)
