# Exceptions inside a @contextmanager's with block: seen at the yield, swallowed or re-raised, and try/finally.
from contextlib import contextmanager


@contextmanager
def reporting(label):
    print(label, "enter")
    try:
        yield
    except ValueError as e:
        print(label, "handled ValueError:", e)
    except Exception as e:
        print(label, "saw", type(e).__name__, "and re-raises")
        raise
    else:
        print(label, "no exception")
    finally:
        print(label, "exit")


with reporting("A"):
    print("body A")
with reporting("B"):
    raise ValueError("bad input")
print("after B: the ValueError was swallowed")
try:
    with reporting("C"):
        {}["missing"]
except KeyError as e:
    print("caught outside:", repr(e))


@contextmanager
def twice():
    yield 1
    yield 2


try:
    with twice():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)


@contextmanager
def never():
    if False:
        yield


try:
    with never():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)
