# Subclassing Iterable, Iterator and Set from collections.abc: mixin methods such as __iter__ and set operators.
from collections.abc import Iterable, Iterator, Set


class Fib(Iterator):
    def __init__(self, limit):
        self.a, self.b, self.limit = 0, 1, limit

    def __next__(self):
        if self.a > self.limit:
            raise StopIteration
        value = self.a
        self.a, self.b = self.b, self.a + self.b
        return value


class Letters(Set):
    def __init__(self, text):
        self.chars = sorted(set(text))

    def __contains__(self, ch):
        return ch in self.chars

    def __iter__(self):
        return iter(self.chars)

    def __len__(self):
        return len(self.chars)

    def __repr__(self):
        return f"Letters({''.join(self.chars)!r})"


f = Fib(50)
print(iter(f) is f, list(f), list(f))
a, b = Letters("hello"), Letters("world")
print(a, b, sorted(a & b), sorted(a | b), sorted(a - b), sorted(a ^ b))
print(a <= Letters("helloworld"), a.isdisjoint(Letters("xyz")), a == Letters("olleh"), type(a & b).__name__)


class Words(Iterable):
    def __init__(self, text):
        self.text = text

    def __iter__(self):
        return iter(self.text.split())


print(list(Words("to be or not")), isinstance(Words(""), Iterable), isinstance([], Iterator))
