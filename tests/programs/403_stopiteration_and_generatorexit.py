# StopIteration carries a generator's return value; GeneratorExit is not an Exception.
def returns(v):
    yield
    return v


for value in [None, 0, "s", (1, 2), [3]]:
    g = returns(value)
    next(g)
    try:
        next(g)
    except StopIteration as e:
        print(repr(e.value), e.args)

e = StopIteration()
print(e.value, e.args)
e = StopIteration(1, 2)
print(e.value, e.args)
print(issubclass(GeneratorExit, Exception), issubclass(GeneratorExit, BaseException))


def stubborn():
    try:
        yield 1
    except Exception:
        print("  never: GeneratorExit is not an Exception")
    finally:
        print("  finally on close")


s = stubborn()
next(s)
s.close()


def ignores_exit():
    while True:
        try:
            yield
        except GeneratorExit:
            print("  caught GeneratorExit, yields anyway")


i = ignores_exit()
next(i)
try:
    i.close()
except RuntimeError as e:
    print("RuntimeError:", e)


def returns_on_exit():
    try:
        yield 1
    except GeneratorExit:
        print("  caught GeneratorExit, returns")
        return "ignored value"


r = returns_on_exit()
next(r)
print("close ->", r.close())


def raises_other():
    try:
        yield
    except GeneratorExit:
        raise ValueError("replaced")


x = raises_other()
next(x)
try:
    x.close()
except ValueError as e:
    print("close raised", repr(e))


def sentinel_loop():
    total = 0
    while True:
        item = yield total
        if item is Ellipsis:
            return total
        total += item


t = sentinel_loop()
next(t)
t.send(5)
t.send(6)
try:
    t.send(...)
except StopIteration as e:
    print("Ellipsis sentinel ->", e.value)
print(... is Ellipsis, Ellipsis, repr(...))


# A generator that ignores GeneratorExit and dies unattended: CPython reports it once.
def keeps_yielding():
    while True:
        try:
            yield
        except GeneratorExit:
            print("  asked to close, yields anyway")


k = keeps_yielding()
next(k)
del k
for n in range(3):
    print("still running", n)
