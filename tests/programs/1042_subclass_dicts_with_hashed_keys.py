"""Dict subclasses (defaultdict, a plain subclass) keyed by instances that define __eq__ and __hash__: lookups compare through __eq__."""
from collections import defaultdict
class K:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return isinstance(o, K) and o.v == self.v
    def __hash__(self): return hash(self.v)
    def __repr__(self): return f"K({self.v})"
g = defaultdict(list)
g[K(1)].append("a")
g[K(1)].append("b")
print(dict(g), len(g))
class D(dict):
    pass
d = D()
d[K(2)] = 1
d[K(2)] = 2
print(d, K(2) in d, d[K(2)], d.get(K(2)))
c = {}
c[K(3)] = 1; c[K(3)] = 2
print(c)
from collections import Counter, OrderedDict
counts = Counter([K(1), K(2), K(1)])
print(counts[K(1)], counts.most_common(1))
od = OrderedDict()
od[K(5)] = "x"
od[K(5)] = "y"
od.move_to_end(K(5))
print(od, K(5) in od, od.get(K(6), "none"))
