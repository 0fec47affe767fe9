# Generator protocol: send, throw, close, return values in StopIteration.
def acc():
    total = 0
    try:
        while True:
            x = yield total
            if x is None:
                break
            total += x
    except ValueError as e:
        print("  gen caught", e)
        yield -1
    finally:
        print("  gen finally, total", total)
    return total * 10


g = acc()
print(next(g))
print(g.send(5))
print(g.send(7))
try:
    g.send(None)
except StopIteration as e:
    print("stop value", e.value, e.args)

g = acc()
next(g)
g.send(3)
print("throw ->", g.throw(ValueError("bad")))
try:
    next(g)
except StopIteration as e:
    print("after throw stop", e.value)

g = acc()
next(g)
g.close()
print("closed")
g.close()
try:
    next(g)
except StopIteration as e:
    print("next on closed:", repr(e.value))

g = acc()
try:
    g.send(1)
except TypeError as e:
    print("TypeError:", e)

# close() on a generator that yields in finally raises RuntimeError
def stubborn():
    try:
        yield 1
    finally:
        yield 2

s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print("RuntimeError:", e)

# throw into a fresh generator
def fresh():
    print("  never started")
    yield 1

f = fresh()
try:
    f.throw(KeyError("x"))
except KeyError as e:
    print("fresh throw:", repr(e))
try:
    next(f)
except StopIteration:
    print("fresh is done")

# return inside generator with value via StopIteration in next()
def short():
    yield 1
    return "done"

print(list(short()))
it = short()
print(next(it))
try:
    next(it)
except StopIteration as e:
    print("value", e.value)
