# slots=True makes a class with __slots__: no __dict__, and assigning an unknown attribute fails.
from dataclasses import dataclass


@dataclass(slots=True)
class Pixel:
    x: int
    y: int
    colour: str = "black"


@dataclass
class Loose:
    x: int


p = Pixel(1, 2)
print(p, Pixel.__slots__, hasattr(p, "__dict__"))
p.x = 10
print(p)
try:
    p.brightness = 3
except AttributeError as e:
    print("AttributeError:", e)
q = Loose(1)
q.extra = "fine"
print(q, q.__dict__)
