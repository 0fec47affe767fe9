# Subclassing namedtuple and NamedTuple: extra methods and properties, _replace/_make keeping the subclass, keys, sorting, matching.
from collections import namedtuple
from typing import NamedTuple


class Vec(namedtuple("Vec", "x y")):
    __slots__ = ()

    @property
    def norm2(self):
        return self.x * self.x + self.y * self.y

    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)


v = Vec(3, 4)
print(v, v.norm2, v + Vec(1, 1), type(v + Vec(1, 1)).__name__, v._replace(y=0), Vec._make([7, 8]))
print(type(v._replace(y=0)).__name__, v._asdict(), Vec._fields, Vec.__mro__[1].__name__, len(Vec.__mro__))
print({v: "hit"}[(3, 4)], v == (3, 4), sorted([Vec(2, 1), Vec(1, 9), Vec(1, 2)]), v[0], v[-1])


class Card(NamedTuple):
    rank: int
    suit: str = "spades"

    def __str__(self):
        return f"{self.rank} of {self.suit}"

    def beats(self, other):
        return self.rank > other.rank


hand = [Card(10, "hearts"), Card(3), Card(12, "clubs")]
print([str(c) for c in hand], hand[0].beats(hand[1]), max(hand), min(hand).suit)
print(Card._field_defaults, Card.__annotations__, Card(1)._replace(rank=2), repr(Card(5)))
for card in hand:
    match card:
        case Card(12, suit):
            print("queen of", suit)
        case Card(rank=r) if r < 5:
            print("low card", r)
        case _:
            print("other", card)
Pt = namedtuple("Pt", ["a", "b"], defaults=[0])
print(Pt(1), Pt(1, 2), Pt(b=5, a=4), Pt._field_defaults, *Pt(8, 9), dict(zip(Pt._fields, Pt(1))))
try:
    Pt(1)._replace(c=3)
except ValueError as e:
    print("ValueError", e)
try:
    Pt(1, 2, 3)
except TypeError as e:
    print("TypeError", e)
try:
    Pt(1, a=2)
except TypeError as e:
    print("TypeError", e)
try:
    namedtuple("T", "a b", defaults=[1, 2, 3])
except TypeError as e:
    print("TypeError", e)
