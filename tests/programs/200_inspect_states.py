# inspect: generator states through a generator's life, coroutine states, predicates.
import asyncio
import inspect
from inspect import getgeneratorstate


def gen():
    print("  inside:", getgeneratorstate(g))
    x = yield 1
    print("  got", x)
    yield 2


g = gen()
print(getgeneratorstate(g))
print(next(g), getgeneratorstate(g))
print(g.send("hi"), getgeneratorstate(g))
g.close()
print(getgeneratorstate(g))
done = gen()
next(done)
next(done)
try:
    next(done)
except StopIteration:
    print("exhausted:", inspect.getgeneratorstate(done))
print(inspect.GEN_CREATED, inspect.GEN_SUSPENDED, inspect.CORO_CLOSED)


async def coro():
    await asyncio.sleep(0)
    return 1


async def agen():
    yield 1


class Service:
    async def handle(self):
        return "handled"

    def sync(self):
        return "sync"


def plain():
    return 0


s = Service()
c = coro()
print(inspect.getcoroutinestate(c))
c.close()
print(inspect.getcoroutinestate(c))
for f in [coro, plain, gen, agen, s.handle, s.sync, Service.handle, lambda: 0]:
    print(
        getattr(f, "__name__", "?"),
        inspect.iscoroutinefunction(f),
        asyncio.iscoroutinefunction(f),
        inspect.isgeneratorfunction(f),
        inspect.isasyncgenfunction(f),
        inspect.isfunction(f),
        inspect.ismethod(f),
    )
co, ge, ag = coro(), gen(), agen()
for obj in [co, ge, ag, plain, 3, Service]:
    print(
        type(obj).__name__,
        inspect.iscoroutine(obj),
        inspect.isgenerator(obj),
        inspect.isasyncgen(obj),
        inspect.isawaitable(obj),
        inspect.isclass(obj),
    )
co.close()
try:
    inspect.getgeneratorstate(coro())
except AttributeError as e:
    print("AttributeError:", e)


async def main():
    t = asyncio.create_task(coro())
    print(inspect.isawaitable(t), inspect.iscoroutine(t), inspect.isawaitable(asyncio.sleep(0)))
    await t


asyncio.run(main())
