# Dict insertion order, re-insertion, deletion during iteration (RuntimeError), dict views.
d = {}
for k in "banana":
    d[k] = d.get(k, 0) + 1
print(d)
d["b"] = 99
del d["a"]
d["a"] = 0
print(d, list(d))
ks = d.keys()
d["z"] = 1
print(list(ks), "z" in ks, len(ks))
try:
    for k in d:
        d[k + k] = 1
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    for k in d:
        del d[k]
except RuntimeError as e:
    print("RuntimeError:", e)
print(d)
l = [1, 2, 3, 4]
for x in l:
    if x % 2:
        l.remove(x)
print(l)
s = {1, 2, 3}
try:
    for x in s:
        s.add(x + 10)
except RuntimeError as e:
    print("RuntimeError:", e)
print({1: "a"} == {1: "a"}, {1: 1, 2: 2} == {2: 2, 1: 1}, list({1: 1, 2: 2}.items()) == [(2, 2), (1, 1)])
m = {"x": [1]}
c = m.copy()
c["x"].append(2)
c["y"] = 0
print(m, c)
print(sorted(d.items()) if d else "empty", dict(sorted({"b": 1, "a": 2}.items())))
print({k: v for k, v in [("a", 1), ("a", 2)]}, dict(zip("aa", [1, 2])))
nested = {"a": {"b": {"c": 1}}}
nested["a"]["b"]["d"] = [nested["a"]["b"]["c"]]
print(nested)
print(d | {"q": 1} if False else "merge-skip")
