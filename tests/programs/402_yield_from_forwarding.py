# yield from forwards next/send/throw/close to the subgenerator and hands back its return.
from inspect import getgeneratorstate


def sub(tag):
    try:
        while True:
            try:
                x = yield f"{tag} ready"
            except KeyError as e:
                print(f"  {tag} handles", repr(e))
                continue
            if x is None:
                return f"{tag} total"
            print(f"  {tag} got", x)
    finally:
        print(f"  {tag} finally")


def middle():
    first = yield from sub("A")
    print("  middle: first =", first)
    second = yield from sub("B")
    print("  middle: second =", second)
    return (first, second)


m = middle()
print(next(m))
print(m.send(1))
print(m.throw(KeyError("k")))
print(m.send(None))
print(m.send(2))
try:
    m.send(None)
except StopIteration as e:
    print("StopIteration.value:", e.value)

m = middle()
next(m)
m.close()
print("close reached the subgenerator:", getgeneratorstate(m))

m = middle()
next(m)
try:
    m.throw(IndexError("unhandled"))
except IndexError as e:
    print("through both:", repr(e), getgeneratorstate(m))


def inner_stops():
    yield 1
    raise StopIteration("leaks")


def outer():
    v = yield from inner_stops()
    yield v


o = outer()
next(o)
try:
    next(o)
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", repr(e.__cause__))


def empty():
    return "nothing to yield"
    yield


def wrap():
    r = yield from empty()
    print("  yield from a generator that returns at once:", r)
    r = yield from []
    print("  yield from an empty list:", r)


print(list(wrap()))
