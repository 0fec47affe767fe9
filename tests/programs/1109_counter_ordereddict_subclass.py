# User subclasses of Counter, OrderedDict and defaultdict: overrides reached from the library classes' own methods.
from collections import Counter, OrderedDict, defaultdict


class Tally(Counter):
    def top(self):
        return self.most_common(1)[0][0]


t = Tally("abracadabra")
print(t, t.top(), t["a"], t["z"], type(t + Tally("a")).__name__, t.total(), sorted(t.elements())[:4])
t.update("zz")
t.subtract({"a": 5})
print(t, +t, t.most_common(2), Tally() == Counter(), t == Counter(t))


class History(OrderedDict):
    def __setitem__(self, key, value):
        super().__setitem__(key, value)
        self.move_to_end(key)

    def latest(self):
        return next(reversed(self))


h = History()
h["a"] = 1
h["b"] = 2
h["a"] = 3
print(h, h.latest(), list(h), h.popitem(last=False), h)
print(History(x=1) == OrderedDict(x=1), OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), OrderedDict(a=1, b=2) == {"b": 2, "a": 1})


class Registry(defaultdict):
    def __init__(self):
        super().__init__(list)

    def register(self, kind, name):
        self[kind].append(name)
        return self


r = Registry().register("tool", "hammer").register("tool", "saw").register("fruit", "fig")
print(r, dict(r), r["none"], len(r), r.default_factory, isinstance(r, dict))
c = Counter(a=3, b=1)
c += Counter(b=2, c=0)
print(c, c - Counter(a=5), c | Counter(d=1), c & Counter(a=1, b=9), -Counter(x=-2, y=1))
print(Counter("aab") < Counter("aaabc"), Counter(a=1) >= Counter(), Counter(x=5).most_common(0), list(Counter("cab")))
