# functools.singledispatch: one function, an implementation per type, chosen by the first argument's class.
from functools import singledispatch


@singledispatch
def describe(obj):
    return f"something: {obj!r}"


@describe.register
def _(obj: int):
    return f"an int, {obj} doubled is {obj * 2}"


@describe.register(list)
@describe.register(tuple)
def _(obj):
    return f"a sequence of {len(obj)}: " + ", ".join(describe(x) for x in obj)


@describe.register(str)
def _(obj):
    return f"text {obj.upper()}"


class Animal:
    pass


class Dog(Animal):
    pass


@describe.register
def _(obj: Animal):
    return f"an animal of class {type(obj).__name__}"


for thing in [3, "hi", [1, "a"], (2.5,), True, Dog(), None]:
    print(describe(thing))
print(describe.dispatch(bool).__name__, describe.dispatch(float) is describe.dispatch(object))
print(sorted(t.__name__ for t in describe.registry))
