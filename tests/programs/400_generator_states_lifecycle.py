# Generator states through every way a generator can end, and re-entering a running one.
from inspect import getgeneratorstate, GEN_CREATED, GEN_RUNNING, GEN_SUSPENDED, GEN_CLOSED

print(GEN_CREATED, GEN_RUNNING, GEN_SUSPENDED, GEN_CLOSED)


def watched():
    print("  inside:", getgeneratorstate(g))
    x = yield 1
    print("  got", x, getgeneratorstate(g))
    yield 2
    return "end"


g = watched()
print(getgeneratorstate(g))
print(next(g), getgeneratorstate(g))
print(g.send("hi"), getgeneratorstate(g))
try:
    next(g)
except StopIteration as e:
    print("returned", repr(e.value), getgeneratorstate(g))


def failing():
    yield 1
    raise KeyError("k")


f = failing()
next(f)
try:
    next(f)
except KeyError as e:
    print("KeyError", e, getgeneratorstate(f))
try:
    next(f)
except StopIteration as e:
    print("after failing: StopIteration", e.args)

c = failing()
c.close()
print("closed before start:", getgeneratorstate(c))
try:
    next(c)
except StopIteration:
    print("a generator closed before it started never runs")


def reenter():
    yield next(r)


r = reenter()
try:
    next(r)
except ValueError as e:
    print("ValueError:", e)
print(getgeneratorstate(r))

# for loops and list() finish generators; a break leaves one suspended.
h = watched_copy = (i for i in range(3))
for i in h:
    if i == 1:
        break
print("after break:", getgeneratorstate(h), next(h))
print(list(h), getgeneratorstate(h))
