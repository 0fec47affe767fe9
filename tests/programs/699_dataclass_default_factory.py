# field(default_factory=...) gives each instance its own list; a mutable default is refused with ValueError.
from dataclasses import dataclass, field
from itertools import count

ids = count(1)


@dataclass
class Cart:
    owner: str
    items: list = field(default_factory=list)
    tags: set = field(default_factory=set)
    number: int = field(default_factory=lambda: next(ids))


a, b = Cart("ana"), Cart("ben")
a.items.append("apple")
print(a, b, a.items is b.items)
print(Cart("cy", ["x"]), Cart("dee", number=99))
try:
    @dataclass
    class Broken:
        items: list = []
except ValueError as e:
    print("ValueError:", e)
try:
    @dataclass
    class AlsoBroken:
        x: int = field(default=1, default_factory=int)
except ValueError as e:
    print("ValueError:", e)
