# yield from forwards send/throw/close to the subgenerator and returns its value.
def inner():
    try:
        a = yield "i1"
        print("  inner got", a)
        b = yield "i2"
        print("  inner got", b)
    except KeyError as e:
        print("  inner handles", repr(e))
        yield "i-recovered"
    finally:
        print("  inner finally")
    return "inner-result"


def outer():
    r = yield from inner()
    print("  outer got", r)
    yield "o-last"
    return "outer-result"


g = outer()
print(next(g))
print(g.send("A"))
print(g.send("B"))
try:
    next(g)
except StopIteration as e:
    print("stop", e.value)

g = outer()
print(next(g))
print(g.throw(KeyError("k")))
print(next(g))

g = outer()
next(g)
g.close()
print("closed outer")

# throw an exception the inner does not handle: propagates out through outer
g = outer()
next(g)
try:
    g.throw(ValueError("unhandled"))
except ValueError as e:
    print("propagated", e)

# yield from a list and a range
def flat():
    yield from [1, 2]
    yield from range(3, 5)
    x = yield from ()
    print("  empty yield from ->", x)

print(list(flat()))

# yield from a generator that returns immediately
def nothing():
    return 42
    yield

def wrap():
    v = yield from nothing()
    yield v

print(list(wrap()))

# sending non-None into a yield from of a list iterator
def lst():
    yield from [1, 2, 3]

g = lst()
next(g)
try:
    g.send("x")
except AttributeError as e:
    print("AttributeError:", e)
