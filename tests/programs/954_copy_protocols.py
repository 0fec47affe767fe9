# copy edge cases: memo contents seen from __deepcopy__, __getstate__/__setstate__, __reduce_ex__, sets, deques, exceptions, errors.
import copy
from collections import deque


class Probe:
    def __deepcopy__(self, memo):
        print("memo size", len(memo), sorted(type(v).__name__ for v in memo.values()))
        return Probe()


box = {"a": [1, 2], "p": Probe(), "t": ([3],)}
copied = copy.deepcopy(box)
print(copied["a"], copied["t"], copied["t"][0] is box["t"][0])
memo = {}
copy.deepcopy([[1], (2, 3)], memo)
print(len(memo), sorted(type(v).__name__ for v in memo.values()))


class Guarded:
    def __init__(self, n):
        print("init", n)
        self.n = n
        self.items = [n]

    def __setattr__(self, name, value):
        print("setattr", name)
        vars(self)[name] = value


g = Guarded(3)
g2 = copy.copy(g)
g3 = copy.deepcopy(g)
print(g2.n, g2.items is g.items, g3.items is g.items, type(g3).__name__)


class State:
    def __init__(self):
        self.secret, self.public = "s", [1]

    def __getstate__(self):
        print("getstate")
        return {"public": self.public}

    def __setstate__(self, state):
        print("setstate", state)
        self.__dict__.update(state)
        self.secret = "restored"


s2 = copy.deepcopy(State())
print(s2.secret, s2.public)


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __reduce_ex__(self, protocol):
        print("reduce_ex", protocol)
        return (Point, (self.x, self.y))

    def __repr__(self):
        return f"Point({self.x}, {self.y})"


print(copy.copy(Point(1, 2)), copy.deepcopy([Point(3, [4])]))
nums = {1, 2, 3}
d = deque([[1], [2]], maxlen=3)
dd, dc = copy.deepcopy(d), copy.copy(d)
print(copy.copy(nums) == nums, copy.copy(nums) is nums, copy.deepcopy(nums), dd, dd[0] is d[0], dc[0] is d[0], dc.maxlen)
err = ValueError("bad", 2)
e2 = copy.copy(err)
print(repr(e2), e2 is err, e2.args)
print(copy.copy(len) is len, copy.deepcopy(Point) is Point, copy.deepcopy(None), copy.copy(range(3)))


def gen():
    yield 1


for bad in (gen(),):
    try:
        copy.copy(bad)
    except TypeError as e:
        print("TypeError:", e)
    try:
        copy.deepcopy([bad])
    except TypeError as e:
        print("TypeError:", e)
print(issubclass(copy.Error, Exception), copy.error is copy.Error)
