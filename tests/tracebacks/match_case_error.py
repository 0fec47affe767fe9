# A traceback raised inside a match case, a guard and a class pattern: each frame points at the line CPython names.
class Point:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


def check(value):
    raise ValueError(f"cannot handle {value!r}")


def classify(subject):
    match subject:
        case Point(0, 0):
            return "origin"
        case [x, y] if x > y:
            return "descending"
        case {"kind": kind}:
            check(kind)
        case _:
            return "other"


def outer():
    for s in [Point(0, 0), [2, 1], [1, 2]]:
        classify(s)
    classify({"kind": "strange"})


try:
    outer()
except ValueError as e:
    raise RuntimeError("classification failed") from e
