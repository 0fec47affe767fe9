# __call__, callable(), and __hash__: identity hashing, unhashable classes, sets and dicts.


class Multiplier:
    def __init__(self, k):
        self.k = k
        self.calls = 0

    def __call__(self, x, *, offset=0):
        self.calls += 1
        return x * self.k + offset


double = Multiplier(2)
print(double(5), double(5, offset=1), list(map(double, [1, 2, 3])), double.calls)
print(callable(double), callable(Multiplier), callable(3), callable(print), callable(lambda: 0))
try:
    Multiplier(1)(1, 2)
except TypeError as e:
    print("TypeError:", e)


class Token:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return self.name


a, b = Token("a"), Token("b")
seen = {a, b, a}
counts = {a: 1}
counts[b] = 2
counts[a] += 10
print(len(seen), a in seen, Token("a") in seen, sorted(counts.values()), counts[a])
print(hash(a) == hash(a), hash(a) == hash(b) or "different", {a: 1}.get(Token("a"), "missing"))


class ByValue:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return isinstance(other, ByValue) and self.v == other.v


print(ByValue(1) == ByValue(1), ByValue.__hash__)
for thunk in [lambda: hash(ByValue(1)), lambda: {ByValue(1)}, lambda: {ByValue(1): 0}]:
    try:
        thunk()
    except TypeError as e:
        print("TypeError:", e)
print(ByValue(2) in [ByValue(1), ByValue(2)], [ByValue(3)].index(ByValue(3)))


class Hashed:
    def __init__(self, v):
        self.v = v

    def __hash__(self):
        return self.v * 7


print(hash(Hashed(3)), hash(Hashed(0)), hash(Hashed(-1)))


class Sub(ByValue):
    __hash__ = object.__hash__


s = Sub(1)
print(s in {s}, Sub(1) == Sub(1))
