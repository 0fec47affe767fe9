# Instances with __eq__ and __hash__ as dict keys and set members: hashed once by __hash__, found by identity or __eq__, errors propagate.
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __eq__(self, other):
        if not isinstance(other, Point):
            return NotImplemented
        return (self.x, self.y) == (other.x, other.y)

    def __hash__(self):
        return hash((self.x, self.y))

    def __repr__(self):
        return f"P({self.x}, {self.y})"


d = {Point(1, 2): "a", Point(3, 4): "b"}
print(d[Point(1, 2)], d.get(Point(3, 4)), d.get(Point(5, 6), "missing"))
d[Point(1, 2)] = "A"
print(len(d), d)
print(Point(3, 4) in d, Point(9, 9) in d, (1, 2) in d)
del d[Point(3, 4)]
print(d, d.pop(Point(1, 2)), d)
try:
    d[Point(0, 0)]
except KeyError as e:
    print("KeyError", e)

s = {Point(1, 1), Point(1, 1), Point(2, 2)}
print(len(s), Point(1, 1) in s, sorted(s, key=lambda p: p.x))
s.add(Point(2, 2))
s.discard(Point(1, 1))
print(s)
try:
    s.remove(Point(7, 7))
except KeyError as e:
    print("KeyError", e)
print({Point(1, 2), Point(3, 4)} & {Point(3, 4)}, sorted({Point(1, 2)} | {Point(1, 2), Point(0, 0)}, key=repr))
print({Point(1, 2), Point(3, 4)} - {Point(1, 2)}, {Point(1, 2)} ^ {Point(1, 2), Point(5, 5)})
print({Point(1, 2)} == {Point(1, 2)}, {Point(1, 2)} <= {Point(1, 2), Point(0, 0)}, {Point(1, 2)} < {Point(1, 2)})
print({Point(1, 2): 1} == {Point(1, 2): 1}, {Point(1, 2): 1} == {Point(1, 2): 2})

# Tuples holding such instances hash from their items.
t = {(Point(1, 2), "x"): 1}
print(t[(Point(1, 2), "x")], (Point(1, 2), "y") in t)

# The key first stored stays; the value is replaced.
first, second = Point(5, 5), Point(5, 5)
k = {first: 1}
k[second] = 2
print(next(iter(k)) is first, k[first])
print(set([first, second]) == {first}, len(dict.fromkeys([first, second, Point(6, 6)])))


# __eq__ runs only for entries of equal hash, after identity; it sees the stored key first.
class Loud:
    calls = []

    def __init__(self, name, h):
        self.name, self.h = name, h

    def __hash__(self):
        Loud.calls.append(f"hash {self.name}")
        return self.h

    def __eq__(self, other):
        Loud.calls.append(f"eq {self.name} {other.name}")
        return isinstance(other, Loud) and self.name.lower() == other.name.lower()


a, b, c = Loud("a", 1), Loud("b", 1), Loud("c", 2)
table = {a: 1, b: 2, c: 3}
print(Loud.calls)
Loud.calls.clear()
print(table[Loud("B", 1)], Loud.calls)
Loud.calls.clear()
print(table[a], Loud.calls)
Loud.calls.clear()
print(Loud("C", 2) in table, Loud("D", 2) in table, Loud.calls)


# What __hash__ returns: -1 becomes -2, big ints are reduced as hash() reduces them.
class H:
    def __init__(self, h):
        self.h = h

    def __hash__(self):
        return self.h


for h in [5, -1, -2, 2**62, 2**64, -(2**64), 2**63 - 1, True, 2**61 - 1]:
    print(h, hash(H(h)))
for bad in [1.5, "x", None]:
    try:
        hash(H(bad))
    except TypeError as e:
        print("TypeError:", e)
    try:
        {H(bad): 1}
    except TypeError as e:
        print("TypeError:", e)


# Exceptions in __hash__ and __eq__ propagate out of the dict operation.
class Boom:
    def __init__(self, where):
        self.where = where

    def __hash__(self):
        if self.where == "hash":
            raise ValueError("no hash")
        return 7

    def __eq__(self, other):
        raise RuntimeError(f"no eq ({self.where})")


for op in ["set", "get", "in", "add"]:
    try:
        if op == "set":
            {}[Boom("hash")] = 1
        elif op == "get":
            {Boom("stored"): 1}[Boom("probe")]
        elif op == "in":
            Boom("probe") in {Boom("stored")}
        else:
            {Boom("stored")}.add(Boom("new"))
    except (ValueError, RuntimeError) as e:
        print(op, type(e).__name__, e)
x = Boom("same")
print({x: 1}[x], x in {x})


# A class with __eq__ but no __hash__ is unhashable.
class NoHash:
    def __eq__(self, other):
        return True


try:
    {NoHash()}
except TypeError as e:
    print("TypeError:", e)
print(NoHash.__hash__)
