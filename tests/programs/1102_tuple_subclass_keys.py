# A tuple subclass with __new__, properties and methods: hashing and equality as its tuple, so it works as a dict key and set member.
class Point(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))

    @property
    def x(self):
        return self[0]

    @property
    def y(self):
        return self[1]

    def moved(self, dx, dy):
        return Point(self.x + dx, self.y + dy)

    def __repr__(self):
        return f"Point({self.x}, {self.y})"


p = Point(1, 2)
print(p, p.x, p.y, p.moved(3, 4), len(p), list(p), p == (1, 2), (1, 2) == p)
print(hash(p) == hash((1, 2)), {p: "a"}[(1, 2)], {(1, 2): "b"}[p], p in {(1, 2)}, (1, 2) in {p})
grid = {Point(0, 0): "origin", Point(1, 0): "east"}
print(grid[(0, 0)], grid[Point(1, 0)], sorted(grid), list(grid.values()))
seen = {Point(1, 1), (1, 1), Point(2, 2)}
print(len(seen), sorted(seen))
print(p + (3,), type(p + (3,)).__name__, p[::-1], type(p[:1]).__name__, p * 2)
print(p < Point(1, 3), max([Point(0, 9), Point(2, 0)]), sorted([Point(2, 1), Point(1, 5)]))
x, y = p
print(x, y, *p, tuple(p), str(p), isinstance(p, tuple), p.count(1), p.index(2))


class Pair(tuple):
    pass


q = Pair([3, 4])
print(q, repr(q), type(q).__name__, q == (3, 4), Pair(), len(Pair("abc")), Pair("ab"))
try:
    p.z = 1
    print("set z", p.z)
except AttributeError as e:
    print("AttributeError", e)
try:
    Point(1)
except TypeError as e:
    print("TypeError", e)
try:
    p[0] = 5
except TypeError as e:
    print("TypeError", e)
