# The functional forms: typing.NamedTuple("Name", [...]) and collections.namedtuple with defaults; their errors.
from collections import namedtuple
from typing import NamedTuple

Colour = NamedTuple("Colour", [("r", int), ("g", int), ("b", int)])
print(Colour(255, 128, 0), Colour.__annotations__, Colour._fields)
Card = namedtuple("Card", "rank suit")
Pixel = namedtuple("Pixel", ["x", "y", "colour"], defaults=["black"])
print(Card("Q", "hearts"), Pixel(1, 2), Pixel(1, 2, "red"), Pixel._field_defaults)
Row = namedtuple("Row", "id, name, class, id", rename=True)
print(Row._fields, Row(1, "a", "b", 2))
for bad in (lambda: namedtuple("Bad", "x class"), lambda: namedtuple("Bad", "x x"),
            lambda: namedtuple("Bad", "_x"), lambda: namedtuple("1Bad", "x")):
    try:
        bad()
    except ValueError as e:
        print("ValueError:", e)
try:
    class Broken(NamedTuple):
        a: int = 1
        b: int
except TypeError as e:
    print("TypeError:", e)
print(Card._make(["A", "spades"])._asdict(), Card.__doc__)
