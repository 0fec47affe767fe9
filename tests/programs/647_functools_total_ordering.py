# functools.total_ordering fills in the missing comparisons from __eq__ and __lt__; sorting versions.
from functools import total_ordering


@total_ordering
class Version:
    def __init__(self, text):
        self.parts = tuple(int(p) for p in text.split("."))

    def __eq__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts == other.parts

    def __lt__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts < other.parts

    def __repr__(self):
        return "v" + ".".join(map(str, self.parts))


a, b, c = Version("1.2"), Version("1.10"), Version("1.2.0")
print(a < b, a <= b, a > b, a >= b, a == c, a != b)
print(sorted([b, Version("0.9"), a, Version("2.0")]), max(a, b), min([b, a]))
print(Version.__gt__.__name__, "__ge__" in Version.__dict__, "__le__" in Version.__dict__)
try:
    a < "1.3"
except TypeError as e:
    print("TypeError:", e)
print(a == "1.2")
try:
    @total_ordering
    class Nothing:
        pass
except ValueError as e:
    print("ValueError:", e)
