# auto() numbering, aliases (a second name for a value), @unique refusing them, and _generate_next_value_.
from enum import Enum, auto, unique


class Weekday(Enum):
    MON = auto()
    TUE = auto()
    WED = auto()


class Status(Enum):
    ACTIVE = 1
    RUNNING = 1
    STOPPED = 0


class Named(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name.lower() + str(count)

    ALPHA = auto()
    BETA = auto()


print(list(Weekday), [d.value for d in Weekday])
print(Status.RUNNING, Status.RUNNING is Status.ACTIVE, list(Status), list(Status.__members__))
print(Status(1).name, Named.BETA.value, list(Named))
try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e:
    print("ValueError:", e)
try:
    class Clash(Enum):
        A = 1
        A = 2
except TypeError as e:
    print("TypeError:", e)
