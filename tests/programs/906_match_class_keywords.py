# match: class patterns with keyword sub-patterns (Point(x=0, y=_)): isinstance first, then each attribute read in order (properties run), a missing attribute is a non-match, subclasses match.
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


class Point3(Point):
    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z


class Lazy:
    @property
    def a(self):
        print("  reading a")
        return 1

    @property
    def b(self):
        print("  reading b")
        return 2


def where(p):
    match p:
        case Point(x=0, y=0):
            return "origin"
        case Point3(z=0, x=x):
            return f"flat 3d point, x={x}"
        case Point(x=0, y=_):
            return "on the y axis"
        case Point(y=0):
            return "on the x axis"
        case Point(x=x, y=y) if x == y:
            return f"diagonal {x}"
        case Point():
            return "somewhere"
        case _:
            return "not a point"


for p in [Point(0, 0), Point(0, 5), Point(5, 0), Point(3, 3), Point(1, 2), Point3(7, 8, 0),
          Point3(0, 0, 1), "point"]:
    print(where(p))

match Lazy():
    case Lazy(a=9, b=2):
        print("never")
    case Lazy(b=2, a=1):
        print("b then a")

match Lazy():
    case Lazy(c=1):
        print("never")
    case Lazy(a=_):
        print("a exists")
