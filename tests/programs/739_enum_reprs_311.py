# Enum printing details that changed in 3.11: format() of mixed-in enums, str() of IntFlag, reprs of members.
from enum import Enum, IntEnum, IntFlag, ReprEnum


class Grade(str, Enum):
    A = "a"
    B = "b"


class Level(int, Enum):
    ONE = 1


class Num(IntEnum):
    TWO = 2


class Bits(IntFlag):
    LOW = 1
    HIGH = 2


print(str(Grade.A), format(Grade.A), f"{Grade.B}", repr(Grade.A), Grade.A == "a")
print(str(Level.ONE), format(Level.ONE), f"{Level.ONE}", repr(Level.ONE), Level.ONE + 1)
print(str(Num.TWO), format(Num.TWO), repr(Num.TWO), str(Bits.LOW | Bits.HIGH), repr(Bits(3)))
print(issubclass(IntEnum, ReprEnum), Grade.__mro__[1:], type(Grade.A.value).__name__)
