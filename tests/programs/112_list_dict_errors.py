# list/dict/set methods and the exact messages of their errors.
d = {"a": 1, "b": 2}
print(d.get("z"), d.get("z", 0), d.setdefault("c", 3), d.setdefault("a", 9), d)
print(d.pop("c"), d.pop("z", "dflt"), d.popitem(), d)
d.update({"x": 1}, y=2)
d.update([("z", 3)])
print(d, list(d.keys()), list(d.values()), list(d.items()))
print(dict(a=1, b=2), dict([(1, 2)]), {**d, "a": 0})
d2 = {1: "x", 1.0: "y", True: "z"}
print(d2)
del d["a"]
print(d, "a" in d, len(d))
l = [3, 1, 2]
l.insert(-1, 9)
l.insert(100, 8)
l.insert(-100, 0)
print(l, l.index(9), l.count(1), l.pop(), l.pop(0), l)
l.extend(range(3))
l.remove(1)
print(l, sorted(l), sorted(l, reverse=True), l[::-2], l[1:-1])
l.sort(key=lambda v: -v)
print(l)
l[1:3] = ["a", "b", "c"]
print(l)
del l[::2]
print(l)
l2 = [1, 2] * 2
l2 += [3]
print(l2, l2 * 0, [[]] * 2, list(reversed(l2)), l2.copy() is l2)
s = {3, 1, 2}
s.add(5)
s.discard(9)
print(sorted(s), sorted(s | {7}), sorted(s & {1, 9}), sorted(s - {1}), sorted(s ^ {1, 10}))
print(sorted({x % 3 for x in range(10)}), set())
errs = [
    lambda: d["missing"],
    lambda: {}[("t", 1)],
    lambda: {}[1.5],
    lambda: {}.pop("p"),
    lambda: {}.popitem(),
    lambda: [].pop(),
    lambda: [1].pop(5),
    lambda: [1][3],
    lambda: [1].index(7),
    lambda: [1].remove(7),
    lambda: set().pop(),
    lambda: {1}.remove(2),
    lambda: (1, 2)[2],
    lambda: [1, 2][d2[1] and 1.0],
    lambda: {[]: 1},
    lambda: hash([]),
    lambda: [1, "a"].sort(),
    lambda: sorted([None, 1]),
    lambda: dict([1]),
    lambda: [][d["x"] and "x"],
]
for i, f in enumerate(errs):
    try:
        print(i, f())
    except (KeyError, IndexError, ValueError, TypeError) as e:
        print(i, type(e).__name__, repr(str(e)), repr(e))
