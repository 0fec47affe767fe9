# Generator corner cases: StopIteration inside, re-entrancy, GeneratorExit handling, return via throw.
def leaks_stop():
    yield 1
    raise StopIteration("inner")


try:
    print(list(leaks_stop()))
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", repr(e.__cause__))


def reentrant():
    yield next(me)


me = reentrant()
try:
    next(me)
except ValueError as e:
    print("ValueError:", e)


def catches_exit():
    try:
        yield 1
    except GeneratorExit:
        print("  got GeneratorExit")
        return "ignored value"


g = catches_exit()
next(g)
print("close ->", g.close())


def returns_on_throw():
    try:
        yield 1
    except KeyError:
        return "returned from handler"


g = returns_on_throw()
next(g)
try:
    g.throw(KeyError)
except StopIteration as e:
    print("StopIteration from throw:", e.value)

g = returns_on_throw()
next(g)
try:
    g.send(None)
except StopIteration as e:
    print("StopIteration from send:", repr(e.value))


def gen_with_return_none():
    yield 1


g = gen_with_return_none()
next(g)
try:
    next(g)
except StopIteration as e:
    print("plain end:", repr(e.value), e.args)


def val():
    yield 1
    return [1, 2]


g = val()
next(g)
try:
    next(g)
except StopIteration as e:
    print("next() StopIteration value:", e.value)
print(next(iter([]), "default"), next(val(), "d2"))
g = val()
next(g)
print("next with default after end:", next(g, "dflt"))


def counter():
    n = 0
    while True:
        cmd = yield n
        if cmd == "reset":
            n = 0
        else:
            n += 1


c = counter()
print([next(c), next(c), c.send("reset"), next(c), c.send("x")])
