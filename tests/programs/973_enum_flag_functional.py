# Enum and Flag without mixins: members with methods, the functional API, Flag combinations, reprs and errors.
from enum import Enum, Flag, auto, unique, member, nonmember


class Perm(Flag):
    R = auto()
    W = auto()
    X = auto()


rw = Perm.R | Perm.W
print(rw, repr(rw), Perm.R in rw, Perm.X in rw, list(rw), bool(Perm(0)), repr(Perm(0)))
print(~Perm.R, repr(~rw), Perm.R & Perm.W, rw ^ Perm.R, [p.value for p in Perm], Perm(7))
print(rw.name, Perm.R.name, (Perm.R | Perm.X).value, len(rw), Perm, type(Perm.R))
try:
    Perm(8)
except ValueError as e:
    print("ValueError:", e)


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
Animal = Enum("Animal", "CAT DOG BIRD")
print(list(Animal), Animal.DOG.value, repr(Animal(3)), Animal.__name__)
Shape = Enum("Shape", {"CIRCLE": "o", "SQUARE": "[]"})
print(Shape.SQUARE.value, Shape("o"), list(reversed(Shape)))


class Kinds(Enum):
    A = 1
    B = member(2)
    C = nonmember(3)
    B2 = 1


print(list(Kinds), Kinds.C, Kinds.B2 is Kinds.A, Kinds["B2"])
try:
    unique(Kinds)
except ValueError as e:
    print("ValueError:", e)
try:
    class More(Kinds):
        D = 4
except TypeError as e:
    print("TypeError:", e)
print(Kinds._missing_(9), format(Kinds.A, ">10"), f"{Kinds.A!s:^12}|")
