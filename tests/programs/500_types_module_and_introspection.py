# types.coroutine, collections.abc checks, partial, properties, keyword-only args, closures.
import types, inspect, collections.abc as cabc, functools, asyncio

@types.coroutine
def old_style():
    yield
    return 5

async def uses_old():
    v = await old_style()
    print("old style", v)

def g():
    yield 1
print(isinstance(g(), cabc.Generator), isinstance(g(), cabc.Iterator), isinstance([], cabc.Iterable))
async def c(): pass
co = c()
print(isinstance(co, cabc.Coroutine), isinstance(co, cabc.Awaitable))
co.close()
print(inspect.iscoroutinefunction(c), inspect.isgeneratorfunction(g))
p = functools.partial(print, "p:")
p(1, 2)
class P:
    def __init__(self): self._x = 1
    @property
    def x(self): return self._x
    @x.setter
    def x(self, v): self._x = v
o = P(); o.x = 5; print(o.x)
print([1,2,3,4][::-1], "abc"[1:])
def kw(a, *args, b=2, **kw): return (a, args, b, kw)
print(kw(1, 2, 3, b=4, z=5))
print({k: v for k, v in zip("ab", range(2))}, {x % 3 for x in range(10)})
asyncio.run(uses_old())
it = iter([1])
print(next(it), next(it, "default"))
def outer():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    return inc
f = outer(); f(); print(f())
print((lambda x: x * 2)(4))
