# collections.abc: isinstance by structure for builtins, generators, coroutines and classes.
import asyncio
import collections.abc
from collections.abc import AsyncIterator, Awaitable, Coroutine, Generator, Iterable, Iterator


def gen():
    yield 1


async def coro():
    return 1


async def agen():
    yield 1


class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n == 0:
            raise StopIteration
        self.n -= 1
        return self.n


class OnlyIterable:
    def __iter__(self):
        return iter([1])


class Waitable:
    def __await__(self):
        yield from []
        return "awaited"


class Sized:
    def __len__(self):
        return 0


g, c, a = gen(), coro(), agen()
things = [[1], (1,), "s", {1: 2}, {1}, range(3), g, c, a, Countdown(1), OnlyIterable(),
          Waitable(), Sized(), 5, None]
abcs = [Iterable, Iterator, Generator, Awaitable, Coroutine, collections.abc.AsyncIterable,
        AsyncIterator, collections.abc.Sized, collections.abc.Container, collections.abc.Callable,
        collections.abc.Hashable]
print(" " * 14, " ".join(k.__name__[:5] for k in abcs))
for t in things:
    row = " ".join(f"{'yes' if isinstance(t, k) else '-':5}" for k in abcs)
    print(f"{type(t).__name__:>14} {row}")
c.close()
print(issubclass(list, Iterable), issubclass(Countdown, Iterator), issubclass(int, Iterable))
print(issubclass(OnlyIterable, Iterable), issubclass(OnlyIterable, Iterator))


class Evens(Iterator):
    def __init__(self, limit):
        self.i = 0
        self.limit = limit

    def __next__(self):
        self.i += 2
        if self.i > self.limit:
            raise StopIteration
        return self.i


e = Evens(7)
print(iter(e) is e, list(e), isinstance(e, Iterable), [k.__name__ for k in Evens.__mro__])


async def main():
    print(await Waitable())
    t = asyncio.ensure_future(coro())
    print(isinstance(t, Awaitable), isinstance(t, Coroutine), await t)


asyncio.run(main())
print(collections.abc.Iterable, Iterable.__module__)
