# The four generator states, driven by hand (no event loop at all).
import inspect


def gen():
    x = yield 1
    print("got", x)
    yield 2


g = gen()
print(inspect.getgeneratorstate(g))
print(next(g))
print(inspect.getgeneratorstate(g))
print(g.send("hi"))
g.close()
print(inspect.getgeneratorstate(g))
