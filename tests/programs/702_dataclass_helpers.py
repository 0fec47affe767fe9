# dataclasses helpers: asdict/astuple recurse into nested dataclasses and lists, replace, fields, is_dataclass.
from dataclasses import MISSING, asdict, astuple, dataclass, field, fields, is_dataclass, replace


@dataclass
class Address:
    street: str
    city: str


@dataclass
class Person:
    name: str
    age: int
    address: Address
    phones: list = field(default_factory=list)


p = Person("Ana", 31, Address("1 Main St", "Oslo"), ["123", "456"])
print(asdict(p))
print(astuple(p))
older = replace(p, age=32)
print(older, older.address is p.address)
print([(f.name, f.type.__name__ if isinstance(f.type, type) else f.type) for f in fields(Person)])
print([f.default is MISSING for f in fields(Address)], fields(p)[3].default_factory, repr(fields(p)[0])[:40])
print(is_dataclass(p), is_dataclass(Person), is_dataclass(dict), is_dataclass("x"))
try:
    replace(p, height=180)
except TypeError as e:
    print("TypeError:", e)
try:
    asdict(Person)
except TypeError as e:
    print("TypeError:", e)
