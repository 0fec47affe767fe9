"""The four states of a generator, as inspect.getgeneratorstate reports them."""
from inspect import getgeneratorstate


def simple_coroutine(a):
    print("-> started: a =", a)
    print("   state seen from inside:", getgeneratorstate(coro))
    b = yield a
    print("-> received: b =", b)
    c = yield a + b
    print("-> received: c =", c)


coro = simple_coroutine(14)
print("1.", getgeneratorstate(coro))

# A generator that has not started has no yield to receive a value yet.
try:
    coro.send(99)
except TypeError as e:
    print("send(99) before priming -> TypeError:", e)

# Priming: next() (or send(None)) runs the body to its first yield.
print("next() yields", next(coro))
print("2.", getgeneratorstate(coro))

print("send(28) yields", coro.send(28))
print("3.", getgeneratorstate(coro))

try:
    coro.send(99)
except StopIteration:
    print("send(99): the body ended, StopIteration")
print("4.", getgeneratorstate(coro))
