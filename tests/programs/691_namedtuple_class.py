# typing.NamedTuple in class form: defaults, methods, _asdict/_replace/_fields/_make, reprs and tuple behaviour.
from typing import NamedTuple


class Point(NamedTuple):
    x: float
    y: float = 0.0
    label: str = "origin"

    def distance(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5


p = Point(3, 4, "a")
print(p, repr(Point(1)), p.distance())
print(p._asdict(), p._replace(label="b"), p._fields, Point._field_defaults)
print(Point._make([5, 12, "b"]), p[0], p[-1], len(p), list(p), p == (3, 4, "a"))
try:
    Point._make([5, 12])
except TypeError as e:
    print("_make ignores defaults:", e)
x, y, _ = p
print(x + y, isinstance(p, tuple), type(p).__name__, Point.__annotations__)
print(sorted([Point(2, 1), Point(1, 5), Point(1, 2)]))
try:
    p.x = 10
except AttributeError as e:
    print("AttributeError:", e)
try:
    Point()
except TypeError as e:
    print("TypeError:", e)
try:
    Point(1, 2, "c", 4)
except TypeError as e:
    print("TypeError:", e)
print(hash(Point(1, 2)) == hash((1, 2, "origin")), {Point(1, 2): "here"}[Point(1, 2)])
