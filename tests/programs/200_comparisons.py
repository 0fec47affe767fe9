# Rich comparisons: __eq__/__lt__/…, NotImplemented and reflection, sorting, identity fallback.


class Version:
    def __init__(self, text):
        self.parts = tuple(int(p) for p in text.split("."))

    def __eq__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts == other.parts

    def __lt__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts < other.parts

    def __le__(self, other):
        return self == other or self < other

    def __repr__(self):
        return "v" + ".".join(map(str, self.parts))


vs = [Version("1.10"), Version("1.2"), Version("1.2.1"), Version("0.9")]
print(sorted(vs), max(vs), min(vs))
print(Version("1.0") == Version("1.0"), Version("1.0") != Version("1.0"), Version("1.0") == "1.0")
print(Version("1.0") < Version("2.0"), Version("3.0") > Version("2.0"), Version("2.0") >= Version("2.0"))
print(Version("1.0") in vs, Version("1.2") in vs, vs.index(Version("1.2.1")), vs.count(Version("0.9")))
try:
    Version("1.0") < 3
except TypeError as e:
    print("TypeError:", e)
try:
    sorted([Version("1.0"), 2])
except TypeError as e:
    print("TypeError:", e)


class Loud:
    def __init__(self, name):
        self.name = name

    def __eq__(self, other):
        print(f"  {self.name}.__eq__({getattr(other, 'name', other)})")
        return NotImplemented


a, b = Loud("a"), Loud("b")
print(a == b)
print(a == a)
print(a != b)


class Always:
    def __eq__(self, other):
        return "yes"

    def __gt__(self, other):
        return [1]


print(Always() == 1, 1 == Always(), Always() > 0, 0 < Always())
print(bool(Always() == None))


class Base:
    def __eq__(self, other):
        print("  Base.__eq__")
        return NotImplemented


class Derived(Base):
    def __eq__(self, other):
        print("  Derived.__eq__")
        return True


print(Base() == Derived())
print(Derived() == Base())


class Plain:
    pass


x, y = Plain(), Plain()
print(x == x, x == y, x != y, x is x, [x] == [x], (x, 1) == (x, 1))
