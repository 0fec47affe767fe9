# field options: repr=False hides a field, compare=False ignores it in ==, unsafe_hash and eq=False.
from dataclasses import dataclass, field


@dataclass
class Account:
    owner: str
    balance: float = 0.0
    password: str = field(default="", repr=False)
    last_login: str = field(default="never", compare=False)


@dataclass(unsafe_hash=True)
class Tag:
    name: str
    weight: int = field(default=1, hash=False)


@dataclass(eq=False)
class Handle:
    fd: int


a = Account("ana", 10, "pw", "monday")
b = Account("ana", 10, "pw", "tuesday")
print(a, a == b, a.password)
print(hash(Tag("x", 1)) == hash(Tag("x", 5)), Tag("x") == Tag("x", 2), len({Tag("a"), Tag("a"), Tag("b")}))
h = Handle(3)
print(h == Handle(3), h == h, Handle.__hash__ is object.__hash__)
print(repr(Account("bo")))
