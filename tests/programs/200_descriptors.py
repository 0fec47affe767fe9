# Descriptors: __get__/__set__ in a class attribute, __set_name__, data vs non-data.


class Typed:
    def __set_name__(self, owner, name):
        print(f"  __set_name__ {owner.__name__}.{name}")
        self.name = "_" + name

    def __init__(self, kind):
        self.kind = kind

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name, None)

    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name[1:]} must be {self.kind.__name__}")
        setattr(obj, self.name, value)


class Constant:
    """A non-data descriptor: an instance attribute can shadow it."""

    def __get__(self, obj, objtype=None):
        return 42


class Person:
    name = Typed(str)
    age = Typed(int)
    answer = Constant()

    def __init__(self, name, age):
        self.name = name
        self.age = age


p = Person("Ada", 36)
print(p.name, p.age, p.answer, Person.answer, isinstance(Person.name, Typed))
try:
    p.age = "old"
except TypeError as e:
    print("TypeError:", e)
p.answer = "shadowed"
print(p.answer, sorted(vars(p)))
p.__dict__["name"] = "ignored: data descriptors win"
print(p.name)
