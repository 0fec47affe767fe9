# order=True adds comparisons by field tuple; frozen=True forbids assignment with FrozenInstanceError and adds __hash__.
from dataclasses import FrozenInstanceError, dataclass


@dataclass(order=True)
class Version:
    major: int
    minor: int = 0
    patch: int = 0


@dataclass(frozen=True)
class Point:
    x: float
    y: float


versions = [Version(1, 10), Version(1, 2, 3), Version(0, 9), Version(1, 2)]
print(sorted(versions))
print(Version(1) < Version(1, 0, 1), Version(2) >= Version(1, 99), max(versions))
try:
    Version(1) < (1, 0, 0)
except TypeError as e:
    print("TypeError:", e)
p = Point(1, 2)
try:
    p.x = 5
except FrozenInstanceError as e:
    print("FrozenInstanceError:", e)
try:
    del p.y
except FrozenInstanceError as e:
    print("FrozenInstanceError:", e)
print(hash(p) == hash(Point(1, 2)), {p: "here"}[Point(1.0, 2.0)], FrozenInstanceError.__mro__[1].__name__)
try:
    @dataclass(order=True, eq=False)
    class Bad:
        x: int
except ValueError as e:
    print("ValueError:", e)
