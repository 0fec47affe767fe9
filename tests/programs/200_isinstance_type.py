# isinstance, issubclass and type() with user classes; class names and nested classes.


class Animal:
    class Meta:
        label = "meta"


class Dog(Animal):
    pass


class Puppy(Dog):
    pass


p = Puppy()
print(type(p), type(p).__name__, type(p).__qualname__, type(p) is Puppy, type(p) == Dog)
print(Animal.Meta, Animal.Meta.__qualname__, Animal.Meta.label, Animal.Meta.__module__)
print(isinstance(p, Animal), isinstance(p, (int, str)), isinstance(p, (int, Dog)))
print(issubclass(Puppy, Puppy), issubclass(Dog, Puppy), issubclass(bool, int))
print(isinstance(Dog, type), type(Dog), isinstance(p, object), issubclass(Dog, object))
print(p.__class__ is Puppy, p.__class__.__mro__)
print(isinstance(3, Animal), type(3).__name__, type(None).__name__, type(type).__name__)
print(Dog.__name__, Dog.__module__, repr(Dog), str(Puppy))

try:
    isinstance(p, "Dog")
except TypeError as e:
    print("TypeError:", e)
try:
    issubclass(p, Dog)
except TypeError as e:
    print("TypeError:", e)


def make_class(tag):
    class Local:
        label = tag

        def show(self):
            return f"{type(self).__qualname__}:{self.label}"

    return Local


L1, L2 = make_class("one"), make_class("two")
print(L1().show(), L2().show(), L1 is L2, L1.__name__ == L2.__name__)
print(isinstance(L1(), L2), isinstance(L1(), L1))
