# Generator objects without addresses: gi_frame's line as it runs, gi_running, gi_yieldfrom, qualnames.
import inspect


def counter(n):
    i = 0
    while i < n:
        yield i
        i += 1


def outer():
    result = yield from counter(2)
    yield "after"
    return result


def make():
    def local_gen():
        yield me.gi_running
    me = local_gen()
    return me


g = counter(3)
print(type(g).__name__, g.__name__, g.__qualname__, g.gi_frame.f_lineno, inspect.getgeneratorstate(g))
print(next(g), g.gi_frame.f_lineno, inspect.getgeneratorstate(g))
print(list(g), g.gi_frame, inspect.getgeneratorstate(g))
o = outer()
print(next(o), o.gi_yieldfrom.__name__, o.gi_frame.f_lineno)
print(next(o), next(o), o.gi_yieldfrom)
m = make()
print(m.__qualname__, next(m), m.gi_running)
print(inspect.isgenerator(m), inspect.isgeneratorfunction(counter), counter.__qualname__)
