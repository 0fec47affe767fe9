# match: positional class sub-patterns through __match_args__ (inherited, overridden, shorter than the attributes), mixed with keywords, and nested class patterns.
class Vec:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


class Vec3(Vec):
    __match_args__ = ("x", "y", "z")

    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z


class Tagged(Vec):
    pass


class Line:
    __match_args__ = ("start", "end")

    def __init__(self, start, end):
        self.start = start
        self.end = end


def show(v):
    match v:
        case Vec3(0, 0, z):
            return f"on the z axis at {z}"
        case Vec3(x, y, z=0):
            return f"flat at {x},{y}"
        case Tagged(x, y):
            return f"tagged {x},{y}"
        case Vec(0, y):
            return f"x is zero, y={y}"
        case Vec(x, y=0):
            return f"y is zero, x={x}"
        case Line(Vec(a, b), Vec(c, d)) if (a, b) == (c, d):
            return "a point-like line"
        case Line(Vec(a, _), end=Vec(_, d)):
            return f"line from x={a} to y={d}"
        case Vec(x):
            return f"just x={x}"
    return "?"


for v in [Vec3(0, 0, 9), Vec3(1, 2, 0), Vec3(1, 2, 3), Tagged(4, 5), Vec(0, 7), Vec(8, 0),
          Vec(1, 1), Line(Vec(1, 1), Vec(1, 1)), Line(Vec(1, 2), Vec(3, 4)), 5]:
    print(show(v))
