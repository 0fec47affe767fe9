# super() in classmethods, properties and staticmethod-free helpers; explicit two-argument
# super; method resolution through several levels.


class Base:
    registry = []

    @classmethod
    def create(cls, *args):
        obj = cls(*args)
        Base.registry.append(type(obj).__name__)
        return obj

    @property
    def label(self):
        return "base"

    def __init__(self, value=0):
        self.value = value

    def __repr__(self):
        return f"{type(self).__name__}({self.value})"


class Mid(Base):
    @classmethod
    def create(cls, *args):
        print("Mid.create for", cls.__name__)
        return super().create(*args)

    @property
    def label(self):
        return "mid<" + super().label + ">"


class Leaf(Mid):
    def __init__(self, value):
        super(Mid, self).__init__(value * 100)

    @property
    def label(self):
        return "leaf<" + super().label + ">"


print(Leaf.create(3), Mid.create(2), Base.create(1), Base.registry)
print(Leaf(1).label, Mid().label)
print(super(Leaf, Leaf(1)).label, super(Mid, Leaf(1)).label)
try:
    super(Leaf, 3)
except TypeError as e:
    print("TypeError:", e)


class Counter:
    def __init__(self):
        self.n = 0

    def incr(self):
        self.n += 1
        return self


class Loud(Counter):
    def incr(self):
        print("  incr", self.n)
        return super().incr()


print(Loud().incr().incr().n)
