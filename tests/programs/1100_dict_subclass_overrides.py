# A dict subclass overriding __getitem__/__setitem__/__missing__/__repr__: what goes through the overrides and what does not.
class LowerDict(dict):
    def __setitem__(self, key, value):
        super().__setitem__(key.lower(), value)

    def __getitem__(self, key):
        return super().__getitem__(key.lower())

    def __missing__(self, key):
        return f"<no {key}>"


d = LowerDict()
d["Name"] = "Ada"
d["LANG"] = "Python"
print(d, d["NAME"], d["lang"], len(d), type(d).__name__)
print("name" in d, "Name" in d, d.get("Name"), d.get("name"), list(d.items()))
print(d["missing"], dict.get(d, "lang"), isinstance(d, dict), issubclass(LowerDict, dict))
# dict's own methods do not call the overrides (CPython's C code does not).
d.update({"MiXeD": 1})
d.setdefault("Other", 2)
print(sorted(d), d == {"name": "Ada", "lang": "Python", "MiXeD": 1, "Other": 2})


class Shown(dict):
    def __repr__(self):
        return "Shown(" + ", ".join(f"{k}={v!r}" for k, v in self.items()) + ")"


s = Shown(a=1, b=[2])
print(s, str(s), [s], f"{s}", repr({"inner": s}))
print(dict(s), {**s, "c": 3}, list(s), len(s), s.pop("a"), s)


class Counting(dict):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.writes = 0

    def __setitem__(self, key, value):
        self.writes += 1
        dict.__setitem__(self, key, value)

    def __delitem__(self, key):
        print("deleting", key)
        super().__delitem__(key)


c = Counting([("x", 1)], y=2)
c["z"] = 3
c["x"] = 10
del c["y"]
print(c, c.writes, c.keys(), c.values(), vars(c))
try:
    del c["nope"]
except KeyError as e:
    print("KeyError", e)
try:
    Counting()["absent"]
except KeyError as e:
    print("KeyError", e)
copy = c.copy()
print(type(copy).__name__, copy, copy == c, c | {"w": 0}, type(c | {"w": 0}).__name__)
