# IntEnum and StrEnum in 3.11: members are ints/strs; str() and format() give the value, repr stays <Cls.NAME: v>.
from enum import IntEnum, StrEnum, auto


class Priority(IntEnum):
    LOW = 1
    MEDIUM = 2
    HIGH = 3


class Method(StrEnum):
    GET = auto()
    POST = auto()
    DELETE = "del"


print(Priority.HIGH, repr(Priority.HIGH), str(Priority.HIGH), f"{Priority.LOW}", format(Priority.MEDIUM, "03d"))
print(Priority.HIGH > Priority.LOW, Priority.HIGH == 3, Priority.LOW + 10, sorted([3, Priority.LOW, 2]))
print(Priority(2), Priority["LOW"], int(Priority.HIGH), isinstance(Priority.HIGH, int), list(Priority))
print(Method.GET, repr(Method.POST), Method.DELETE, Method.GET == "get", Method.GET.upper(), Method("del"))
print(f"{Method.POST}", "/" + Method.GET, list(Method), Method.POST.value, len(Method.DELETE))
print(["low", "high"][Priority.LOW - 1], {Priority.HIGH: "urgent"}[3])
