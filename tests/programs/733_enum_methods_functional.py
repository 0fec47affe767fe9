# Enum members with methods and properties, a custom __str__, and the functional API Enum('Name', 'A B').
from enum import Enum, IntEnum


class Planet(Enum):
    MERCURY = (3.303e23, 2.4397e6)
    EARTH = (5.976e24, 6.37814e6)

    def __init__(self, mass, radius):
        self.mass, self.radius = mass, radius

    @property
    def gravity(self):
        return 6.673e-11 * self.mass / (self.radius * self.radius)

    def __str__(self):
        return self.name.title()


print(Planet.EARTH, repr(Planet.EARTH), Planet.EARTH.value, round(Planet.EARTH.gravity, 3))
print([str(p) for p in Planet], Planet.MERCURY.mass)
Animal = Enum("Animal", "CAT DOG BIRD")
print(list(Animal), Animal.DOG.value, repr(Animal(3)), Animal.__name__)
Size = IntEnum("Size", [("S", 10), ("M", 20)])
print(Size.M, repr(Size.S), Size.S < Size.M)
Shape = Enum("Shape", {"CIRCLE": "o", "SQUARE": "[]"})
print(Shape.SQUARE.value, Shape("o"))


class Coin(Enum):
    PENNY = 1
    NICKEL = 5

    @classmethod
    def from_cents(cls, cents):
        return [c for c in cls if c.value <= cents]


print(Coin.from_cents(3), Coin.PENNY.__class__ is Coin)
