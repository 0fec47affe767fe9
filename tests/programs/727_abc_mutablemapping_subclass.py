# A MutableMapping subclass gets pop, popitem, setdefault, update and clear from five methods.
from collections.abc import MutableMapping


class Logged(MutableMapping):
    def __init__(self):
        self._d = {}

    def __getitem__(self, k):
        return self._d[k]

    def __setitem__(self, k, v):
        print(f"set {k!r} = {v!r}")
        self._d[k] = v

    def __delitem__(self, k):
        print(f"del {k!r}")
        del self._d[k]

    def __iter__(self):
        return iter(self._d)

    def __len__(self):
        return len(self._d)


m = Logged()
m["a"] = 1
m.update({"b": 2}, c=3)
print(m.setdefault("a", 100), m.setdefault("z", 0))
print(m.pop("b"), m.pop("missing", "default"), m.popitem())
print(dict(m), len(m))
m.clear()
print(dict(m))
try:
    m.pop("gone")
except KeyError as e:
    print("KeyError:", e)
