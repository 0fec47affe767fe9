# The iterator protocol: __iter__/__next__, for loops, list(), next() with a default.


class Countdown:
    def __init__(self, start):
        self.current = start

    def __iter__(self):
        return self

    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1


for n in Countdown(3):
    print("countdown", n)
print(list(Countdown(5)), sum(Countdown(4)), sorted(Countdown(3)), tuple(Countdown(2)))
it = Countdown(2)
print(next(it), next(it), next(it, "done"), next(it, None))
try:
    next(it)
except StopIteration:
    print("StopIteration")
print(list(zip(Countdown(3), "abc")), list(enumerate(Countdown(2))), dict(zip("xy", Countdown(2))))
print(list(map(lambda v: v * 10, Countdown(3))), [v for v in Countdown(4) if v % 2])
print(max(Countdown(7)), min(Countdown(7)), any(v > 2 for v in Countdown(3)), 2 in Countdown(3))


class Library:
    """Iterable (not an iterator): each iter() is a fresh generator."""

    def __init__(self, *titles):
        self.titles = titles

    def __iter__(self):
        for t in self.titles:
            yield t.upper()


lib = Library("a", "b")
print(list(lib), list(lib), [x + y for x in lib for y in lib])
i1, i2 = iter(lib), iter(lib)
print(next(i1), next(i1), next(i2))


class NotIter:
    pass


class BadIter:
    def __iter__(self):
        return [1, 2]


for thunk in [lambda: iter(NotIter()), lambda: next(NotIter()), lambda: iter(BadIter()),
              lambda: list(NotIter())]:
    try:
        thunk()
    except TypeError as e:
        print("TypeError:", e)
try:
    for x in NotIter():
        pass
except TypeError as e:
    print("TypeError:", e)


class Pairs:
    def __init__(self, d):
        self.items = list(d.items())
        self.i = 0

    def __iter__(self):
        return self

    def __next__(self):
        if self.i == len(self.items):
            raise StopIteration
        self.i += 1
        return self.items[self.i - 1]


for k, v in Pairs({"a": 1, "b": 2}):
    print(k, v)
first, *rest = Countdown(4)
print(first, rest)


def gen_from_iter():
    result = yield from Countdown(2)
    print("delegation result", result)


print(list(gen_from_iter()))
