# copy and deepcopy of builtin subclasses and the collections types: the class, the items and the instance attributes survive.
import copy
from collections import Counter, OrderedDict, defaultdict, namedtuple


class Bag(dict):
    pass


class Row(list):
    pass


class Pair(tuple):
    pass


b = Bag(a=[1])
b.note = "n"
b2, b3 = copy.copy(b), copy.deepcopy(b)
b["a"].append(2)
print(type(b2).__name__, b2, b2.note, b3, b3.note, b2["a"] is b["a"], b3["a"] is b["a"])
r = Row([[1], 2])
r2, r3 = copy.copy(r), copy.deepcopy(r)
r[0].append(9)
print(type(r2).__name__, r2, r3, r2 is r, r2 == r)
p = Pair((1, [2]))
print(type(copy.copy(p)).__name__, copy.copy(p), copy.deepcopy(p), copy.deepcopy(p)[1] is p[1])
P = namedtuple("P", "x y")
q = P(1, [2])
print(copy.copy(q), copy.deepcopy(q), type(copy.deepcopy(q)).__name__)
dd = defaultdict(list, k=[1])
dd2 = copy.deepcopy(dd)
dd2["new"].append(0)
print(dd2, dd, copy.copy(dd).default_factory)
c = Counter("hello")
print(copy.copy(c), copy.deepcopy(c) == c, type(copy.copy(c)).__name__)
od = OrderedDict(b=1, a=2)
print(copy.copy(od), copy.deepcopy(od), od.copy() == od)
