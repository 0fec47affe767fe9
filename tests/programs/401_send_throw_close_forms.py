# send/throw/close in all their spellings, next() with a default, and __next__/__iter__.
from inspect import getgeneratorstate


def echo():
    received = []
    try:
        while True:
            try:
                x = yield len(received)
                received.append(x)
            except ValueError as e:
                print("  handled", repr(e))
                received.append("err")
    finally:
        print("  finally, received", received)


g = echo()
try:
    g.send("too early")
except TypeError as e:
    print("TypeError:", e)
print(g.send(None))
print(g.send("a"))
print(g.__next__())
print(g.__iter__() is g, iter(g) is g)
print("throw(type):", g.throw(ValueError))
print("throw(type, value):", g.throw(ValueError, "v"))
print("throw(type, instance):", g.throw(ValueError, ValueError("inst")))
print("throw(instance):", g.throw(ValueError("i2")))
try:
    g.throw(KeyError("not handled"))
except KeyError as e:
    print("propagated", repr(e), getgeneratorstate(g))
print(next(g, "default after the end"))
try:
    g.throw(ValueError("into a closed generator"))
except ValueError as e:
    print("a closed generator re-raises", repr(e))
print(g.close(), getgeneratorstate(g))

fresh = echo()
try:
    fresh.throw(RuntimeError("into a fresh one"))
except RuntimeError as e:
    print("fresh:", repr(e), getgeneratorstate(fresh))

s = echo()
next(s)
print("close ->", s.close(), getgeneratorstate(s))
try:
    g.__next__(1)
except TypeError as e:
    print("TypeError:", e)
try:
    g.throw()
except TypeError as e:
    print("TypeError:", e)
try:
    g.throw(42)
except TypeError as e:
    print("TypeError:", e)
