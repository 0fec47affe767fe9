# The order of __hash__ and __eq__ calls CPython makes for dict and set operations, equality with builtin keys, and keys copied with their hashes.
log = []


class K:
    def __init__(self, name, h):
        self.name, self.h = name, h

    def __hash__(self):
        log.append(f"hash({self.name})")
        return self.h

    def __eq__(self, other):
        log.append(f"{self.name}=={getattr(other, 'name', other)!r}")
        if isinstance(other, K):
            return self.name.lower() == other.name.lower()
        return NotImplemented

    def __repr__(self):
        return f"K({self.name})"


def show(label, value=None):
    print(label, value, log)
    log.clear()


a, b, c = K("a", 1), K("b", 1), K("c", 2)
d = {a: 1}
show("made")
d[b] = 2
show("set b", d)
d[K("A", 1)] = 10
show("set A", d)
show("get B", d[K("B", 1)])
show("in c", c in d)
show("pop a", d.pop(a))
show("setdefault", d.setdefault(K("C", 2), "new"))
e = dict(d)
show("dict(d)", e)
e.update(d)
show("update(dict)", e)
e.update([(K("b", 1), 20)])
show("update(pairs)", e)
s = set(d)
show("set(d)", s)
t = {a, b, c}
show("set display")
u = t | {K("A", 1)}
show("union", sorted(u, key=repr))
show("fromkeys(set)", len(dict.fromkeys(t)))
show("fromkeys(list)", dict.fromkeys([a, K("A", 1)]))
show("frozenset(t)", len(frozenset(t)))
show("t == copy", t == set(t))
show("sub", t - {K("B", 1)} == {a, c})


# An instance equal to a builtin key, with the same hash, finds it and is found by it.
class One:
    def __hash__(self):
        return hash(1)

    def __eq__(self, other):
        return other == 1

    def __repr__(self):
        return "One()"


print({1: "int"}[One()], {One(): "one"}[1], {1.0: "float"}.get(One()), One() in {True}, {One(): 1, 1: 2})
print({"x": 1, One(): 2, 2: 3}[1], len({One(), 1, True, 1.0}), {2: "two"}.get(One(), "absent"))
