# `with`: __enter__/__exit__, the `as` target, exceptions passed to __exit__ and
# suppressed when it returns true, several items, and jumps out of the body.


class Resource:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    def __enter__(self):
        print(f"enter {self.name}")
        return self.name.upper()

    def __exit__(self, exc_type, exc, tb):
        what = exc_type.__name__ if exc_type else None
        print(f"exit {self.name}: {what} {exc!r} tb={tb is None}")
        return self.suppress


with Resource("a") as v:
    print("body", v)

with Resource("outer") as o, Resource("inner") as i:
    print("both", o, i)

with Resource("quiet", suppress=True):
    print("raising")
    raise KeyError("lost")
print("continues after a suppressed error")

try:
    with Resource("loud"):
        raise ValueError("kept")
except ValueError as e:
    print("caught", e)

try:
    with Resource("x", suppress=True), Resource("y"):
        1 / 0
except ZeroDivisionError:
    print("not reached")
print("x swallowed what y passed on")


def early(n):
    for i in range(n):
        with Resource(f"loop{i}"):
            if i == 0:
                continue
            if i == 1:
                break
    with Resource("ret"):
        return "returned"


print(early(5))


class Transaction:
    def __init__(self):
        self.log = []

    def __enter__(self):
        self.log.append("begin")
        return self

    def __exit__(self, et, ev, tb):
        self.log.append("rollback" if et else "commit")
        return False


t = Transaction()
with t as same:
    print(same is t)
try:
    with t:
        raise RuntimeError("fail")
except RuntimeError:
    pass
print(t.log)


class BadExit:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        raise TypeError("exit failed")


try:
    with BadExit():
        raise KeyError("original")
except TypeError as e:
    print("TypeError", e, "context:", repr(e.__context__))


class NoExit:
    def __enter__(self):
        return 1


for ctx in [NoExit(), 42]:
    try:
        with ctx:
            pass
    except TypeError as e:
        print("TypeError:", e)
with Resource("unpack") as (first, *rest):
    print(first, rest)


def gen():
    with Resource("in generator"):
        yield 1
        yield 2


g = gen()
print(next(g))
g.close()
print("closed")
