# Hand-written __enter__/__exit__ next to contextlib: a timer on the virtual clock and exception info in __exit__.
import time
from contextlib import contextmanager


class Timer:
    def __enter__(self):
        self.start = time.perf_counter()
        return self

    def __exit__(self, exc_type, exc, tb):
        self.elapsed = time.perf_counter() - self.start
        print(f"elapsed {self.elapsed:.3f}s, exception {exc_type.__name__ if exc_type else None}")
        return exc_type is KeyError


@contextmanager
def timer():
    start = time.perf_counter()
    yield
    print(f"contextmanager timer {time.perf_counter() - start:.3f}s")


with Timer() as t:
    time.sleep(0.25)
with Timer():
    time.sleep(1)
    raise KeyError("swallowed by __exit__")
with timer():
    time.sleep(0.125)
try:
    with Timer():
        raise ValueError("not swallowed")
except ValueError:
    print("ValueError got out", round(t.elapsed, 3))
