# @staticmethod and @classmethod: alternate constructors, cls in subclasses, counters.


class Date:
    created = 0

    def __init__(self, y, m, d):
        self.y, self.m, self.d = y, m, d
        type(self).created += 1

    @classmethod
    def from_string(cls, text):
        y, m, d = (int(p) for p in text.split("-"))
        return cls(y, m, d)

    @classmethod
    def today(cls):
        return cls(2024, 1, 1)

    @staticmethod
    def is_leap(year):
        return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)

    def __repr__(self):
        return f"{type(self).__name__}({self.y}, {self.m}, {self.d})"


class Birthday(Date):
    pass


print(Date.from_string("2023-05-17"), Birthday.from_string("1999-12-31"), Birthday.today())
print(Date.is_leap(2000), Date.is_leap(1900), Date(1, 1, 1).is_leap(2024))
print(Date.created, Birthday.created)
print(type(Date.__dict__["is_leap"]).__name__, type(Date.__dict__["today"]).__name__)
bound = Birthday.today
print(bound().__class__.__name__, Date.today.__self__ is Date if hasattr(Date.today, "__self__") else "n/a")


class Registry:
    items = []

    @classmethod
    def register(cls, name):
        cls.items.append(name)
        return len(cls.items)

    @staticmethod
    def helper():
        return "static"


print(Registry.register("a"), Registry().register("b"), Registry.items, Registry.helper())
sm = staticmethod(len)
print(sm("abcd"), Registry.__dict__["helper"].__func__())
