# __slots__: instances of classes whose every class has slots have no __dict__ and only those attributes.
class Point:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x, self.y = x, y


class Point3(Point):
    __slots__ = "z"


p = Point(1, 2)
q = Point3(1, 2)
q.z = 3
print(p.x + p.y, q.z, hasattr(p, "__dict__"), hasattr(q, "__dict__"), Point3.__slots__)
for obj, name in ((p, "z"), (q, "w")):
    try:
        setattr(obj, name, 0)
    except AttributeError as e:
        print("AttributeError:", e)
try:
    p.y
    del p.y
    p.y
except AttributeError as e:
    print("AttributeError:", e)
try:
    class Clash:
        __slots__ = ("v",)
        v = 1
except ValueError as e:
    print("ValueError:", e)
