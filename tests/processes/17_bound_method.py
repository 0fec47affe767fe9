# A bound method ships a copy of its instance; changes the method makes stay in the worker.
from concurrent.futures import ProcessPoolExecutor


class Counter:
    def __init__(self, start):
        self.value = start

    def add(self, n):
        self.value += n
        return self.value

    def snapshot(self):
        return self


if __name__ == "__main__":
    c = Counter(10)
    with ProcessPoolExecutor(max_workers=1) as pool:
        print("first call:", pool.submit(c.add, 5).result())
        print("second call (fresh copy again):", pool.submit(c.add, 5).result())
        print("map:", list(pool.map(c.add, [1, 2, 3])))
        snap = pool.submit(c.snapshot).result()
    print("parent value:", c.value)
    print("snapshot is a copy:", snap is c, type(snap).__name__, snap.value)
