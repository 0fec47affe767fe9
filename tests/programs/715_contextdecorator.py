# A @contextmanager (or ContextDecorator subclass) also works as a decorator around a whole function.
from contextlib import ContextDecorator, contextmanager


@contextmanager
def announce(label):
    print("start", label)
    yield
    print("end", label)


@announce("task")
def do_task(x):
    print("doing", x)
    return x * 2


class tracked(ContextDecorator):
    calls = 0

    def __enter__(self):
        tracked.calls += 1
        print("enter #", tracked.calls)
        return self

    def __exit__(self, *exc):
        print("exit, exception:", exc[0].__name__ if exc[0] else None)
        return False


@tracked()
def risky(fail):
    if fail:
        raise ValueError("nope")
    return "fine"


print(do_task(4), do_task(5))
print(risky(False))
try:
    risky(True)
except ValueError as e:
    print("ValueError:", e)
with tracked():
    print("used as a with block too")
