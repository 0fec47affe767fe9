# Instances of a top-level class cross to the worker and back as copies that keep their attributes.
from concurrent.futures import ProcessPoolExecutor


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"Point({self.x}, {self.y})"


def shift(p, dx):
    p.x += dx
    p.label = "moved"
    return p


def make_point(x, y):
    return Point(x, y)


if __name__ == "__main__":
    p = Point(1, 2)
    with ProcessPoolExecutor(max_workers=1) as pool:
        q = pool.submit(shift, p, 10).result()
        r = pool.submit(make_point, 5, 6).result()
    print("original:", p, hasattr(p, "label"))
    print("returned:", q, q.label)
    print("type is Point:", type(q) is Point, isinstance(r, Point))
    print("made in worker:", r, vars(r))
