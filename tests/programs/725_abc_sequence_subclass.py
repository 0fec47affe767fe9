# Subclassing collections.abc.Sequence: __getitem__ and __len__ give iteration, in, index, count, reversed.
from collections.abc import Sequence


class Countdown(Sequence):
    def __init__(self, start):
        self.start = start

    def __len__(self):
        return self.start + 1

    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(len(self)))]
        if i < 0:
            i += len(self)
        if not 0 <= i < len(self):
            raise IndexError("countdown index out of range")
        return self.start - i


c = Countdown(5)
print(list(c), c[0], c[-1], c[1:4], len(c))
print(3 in c, 9 in c, c.index(2), c.count(5), list(reversed(c)))
for n in c:
    print(n, end=" ")
print()
try:
    c.index(42)
except ValueError as e:
    print("ValueError:", e)
try:
    c[10]
except IndexError as e:
    print("IndexError:", e)
print(sorted(c), max(c), sum(c), isinstance(c, Sequence))
