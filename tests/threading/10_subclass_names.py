# Subclassing run, names, reprs before start, idents, errors.
import threading


class Worker(threading.Thread):
    def __init__(self, n):
        super().__init__(name=f"w{n}")
        self.n = n
        self.result = None

    def run(self):
        self.result = self.n * 2
        self.me = threading.current_thread() is self
        self.same_ident = threading.get_ident() == self.ident


w = Worker(21)
print(repr(w))
w.start()
w.join()
print(w.result, w.me, w.same_ident, w.name)
t = threading.Thread(target=print)
u = threading.Thread()
print(t.name, u.name, repr(u))
try:
    u.join()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    w.start()
except RuntimeError as e:
    print("RuntimeError:", e)
print(threading.main_thread().name, threading.current_thread().daemon)
print(repr(threading.Thread(name="x", daemon=True)))
