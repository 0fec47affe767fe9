# ABCMeta and __subclasshook__: a class counts as a subclass when it has the right method, without inheriting.
from abc import ABCMeta, abstractmethod


class Drawable(metaclass=ABCMeta):
    @abstractmethod
    def draw(self):
        ...

    @classmethod
    def __subclasshook__(cls, other):
        if cls is Drawable:
            return any("draw" in vars(k) for k in other.__mro__) or NotImplemented
        return NotImplemented


class Circle:
    def draw(self):
        return "()"


class Blob:
    pass


class Canvas(Drawable):
    def draw(self):
        return "[canvas]"


print(issubclass(Circle, Drawable), isinstance(Circle(), Drawable), issubclass(Blob, Drawable))
print(Canvas().draw(), type(Drawable).__name__, isinstance(Drawable, ABCMeta))
for thing in (Circle(), Blob(), Canvas()):
    print(type(thing).__name__, thing.draw() if isinstance(thing, Drawable) else "cannot draw")
