# Enums mixed with int and str: IntEnum/StrEnum/IntFlag members as ints and strs, (str, Enum) classes, keys and lookups.
from enum import Enum, IntEnum, IntFlag, StrEnum, auto


class Status(IntEnum):
    OK = 200
    NOT_FOUND = 404
    ERROR = 500


class Colour(StrEnum):
    RED = auto()
    GREEN = auto()
    BLUE = "blue!"


class Unit(str, Enum):
    METRE = "m"
    SECOND = "s"


class Perm(IntFlag):
    R = 4
    W = 2
    X = 1


print(Status.OK, repr(Status.NOT_FOUND), Status.OK + 1, Status.ERROR // 100, Status(404), Status["ERROR"])
print(Status.OK == 200, Status.OK < Status.ERROR, sorted([500, Status.OK, 300]), {200: "fine"}[Status.OK])
print({Status.OK: "yes"}[200], Status.NOT_FOUND in [404], int(Status.OK), f"{Status.OK:>5}", f"{Status.OK}")
print(list(Colour), Colour.RED, Colour.RED.upper(), Colour.BLUE + "?", Colour("green"), Colour.RED == "red")
print(repr(Colour.GREEN), f"[{Colour.GREEN}]", len(Colour.BLUE), Colour.RED.value, type(Colour.RED.value).__name__)
print(Unit.METRE, repr(Unit.SECOND), Unit.METRE == "m", Unit("s"), f"{Unit.METRE}", Unit.METRE.value + "/s")
print({"m": 1}[Unit.METRE], isinstance(Unit.METRE, str), Unit.SECOND.upper(), "%s" % Unit.SECOND)
rw = Perm.R | Perm.W
print(rw, repr(rw), Perm.R in rw, Perm.X in rw, rw + 0, rw & 2, repr(rw & Perm.W), list(rw), Perm(0) == 0)
print(isinstance(Status.OK, int), isinstance(Colour.RED, str), isinstance(rw, int), hash(Status.OK) == hash(200))
counts = {s: 0 for s in Status}
counts[Status.OK] += 3
counts[404] += 1
print(counts, max(Status), min(Colour), sum(Status))
try:
    Status(201)
except ValueError as e:
    print("ValueError", e)
match Status.NOT_FOUND:
    case Status.OK:
        print("ok")
    case 404:
        print("matched 404 as an int")
