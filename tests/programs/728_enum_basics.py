# Enum basics in 3.11: repr and str of members, name/value, iteration, lookup by name and value, and errors.
from enum import Enum


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3


print(Color.RED, repr(Color.RED), Color.RED.name, Color.RED.value, type(Color.RED))
print(list(Color), len(Color), Color["GREEN"], Color(3), Color.RED in Color)
print(Color.RED is Color(1), Color.RED == 1, Color.RED == Color.RED, Color.RED != Color.BLUE)
print(f"{Color.BLUE}", f"{Color.BLUE!r}", format(Color.BLUE), str(Color.GREEN), [c.name for c in Color])
print(Color.__members__, Color.RED.__class__.__name__, isinstance(Color.RED, Color))
try:
    Color(5)
except ValueError as e:
    print("ValueError:", e)
try:
    Color["PURPLE"]
except KeyError as e:
    print("KeyError:", e)
try:
    Color.RED.value = 10
except AttributeError as e:
    print("AttributeError:", e)
try:
    Color.RED < Color.BLUE
except TypeError as e:
    print("TypeError:", e)
print(hash(Color.RED) == hash(Color.RED), {Color.RED: "stop"}[Color(1)], Color)
