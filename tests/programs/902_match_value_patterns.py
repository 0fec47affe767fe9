# match: value patterns (dotted names: class attributes, nested classes, module constants) compared with ==, including a user __eq__ that is called with the subject on the left.
import asyncio


class Color:
    RED = "red"
    GREEN = "green"

    class Shade:
        DARK = 1
        LIGHT = 2


class Loud:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        print(f"Loud({self.v}) == {other!r}")
        return self.v == other


def name(c):
    match c:
        case Color.RED:
            return "RED"
        case Color.GREEN:
            return "GREEN"
        case Color.Shade.DARK | Color.Shade.LIGHT:
            return "a shade"
        case asyncio.FIRST_COMPLETED:
            return "FIRST_COMPLETED"
    return "unknown"


for c in ["red", "green", 1, 2, "FIRST_COMPLETED", "blue"]:
    print(c, name(c))
print(name(Loud("green")))
print(name(Loud(3)))
