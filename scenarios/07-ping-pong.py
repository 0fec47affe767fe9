"""A and B take turns on one thread: next() into A, yield back to B, until Ctrl-C."""
import time
from inspect import getgeneratorstate

start = time.monotonic()


def elapsed():
    return f"{time.monotonic() - start:.1f}s"


def A():
    while True:
        print("---A---", elapsed())
        yield
        time.sleep(0.5)


def B(c):
    while True:
        print("---B---", elapsed())
        c.__next__()
        time.sleep(0.5)


if __name__ == "__main__":
    a = A()
    try:
        B(a)
    except KeyboardInterrupt:
        print("KeyboardInterrupt at", elapsed())
    print("A is now", getgeneratorstate(a))
