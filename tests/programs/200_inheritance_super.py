# Single inheritance: overriding, super() in __init__ and methods, attribute lookup order.


class Shape:
    sides = 0

    def __init__(self, name):
        self.name = name
        print("Shape.__init__", name)

    def area(self):
        return 0

    def describe(self):
        return f"{self.name}: {self.sides} sides, area {self.area()}"


class Rectangle(Shape):
    sides = 4

    def __init__(self, w, h, name="rectangle"):
        super().__init__(name)
        self.w, self.h = w, h

    def area(self):
        return self.w * self.h


class Square(Rectangle):
    def __init__(self, side):
        super().__init__(side, side, name="square")

    def describe(self):
        return "[" + super().describe() + "]"


class Named(Square):
    pass


shapes = [Shape("blob"), Rectangle(2, 3), Square(4), Named(1)]
for s in shapes:
    print(s.describe(), type(s).__name__)
print(Square.__bases__, Square.__base__.__name__)
print(isinstance(shapes[2], Rectangle), isinstance(shapes[1], Square))
print(issubclass(Named, Shape), issubclass(Shape, Named), issubclass(Square, (int, Rectangle)))
print(super(Square, shapes[2]).describe())


class Base:
    def hello(self):
        return "base hello"


class Child(Base):
    def hello(self):
        parent = super()
        return "child, then " + parent.hello()

    def outer(self):
        def inner():
            return super(Child, self).hello()
        return inner()


c = Child()
print(c.hello(), "|", c.outer())
