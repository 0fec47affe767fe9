# list and dict methods, sort with key/reverse, comprehensions, unpacking.
xs = [5, 3, 8, 1]
xs.append(7)
xs.insert(0, 9)
xs.extend([2, 2])
print(xs, xs.pop(), xs.pop(0), xs, xs.index(8), xs.count(2))
xs.sort()
print(xs, sorted(xs, reverse=True), sorted(["bb", "a", "ccc"], key=len))
pairs = [("b", 2), ("a", 2), ("c", 1)]
pairs.sort(key=lambda p: p[1])
print(pairs)
d = {"x": 1, "y": 2}
d["z"] = 3
d.update({"x": 10})
print(d, list(d.keys()), list(d.values()), list(d.items()))
print(d.get("w"), d.get("w", 0), d.setdefault("w", 4), d)
del d["y"]
print(d, len(d), "x" in d, "y" not in d)
squares = {n: n * n for n in range(5)}
evens = [n for n in range(10) if n % 2 == 0]
print(squares, evens, [(i, c) for i, c in enumerate("ab")])
a, b = 1, 2
a, b = b, a
(c, d2), e = (3, 4), 5
print(a, b, c, d2, e)
print(list(zip([1, 2, 3], "abc")), dict(zip(["k1", "k2"], [1, 2])), tuple([1, 2]), list("hey"))
print(sum([x * 2 for x in range(4)]), min([4, 2, 8]), max(["pear", "apple"]), len(()))
nested = [[1, 2], [3], []]
print([x for row in nested for x in row], [len(r) for r in nested])
print([1, 2] + [3], (1,) + (2, 3), [1, 2] == [1, 2], (1, 2) < (1, 3))
