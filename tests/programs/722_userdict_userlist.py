# UserDict and UserList as base classes: overriding __setitem__ or append changes every way of adding.
from collections import UserDict, UserList, UserString


class LowerKeys(UserDict):
    def __setitem__(self, key, value):
        super().__setitem__(key.lower(), value)


class Positive(UserList):
    def append(self, item):
        if item <= 0:
            raise ValueError(f"{item} is not positive")
        super().append(item)


d = LowerKeys({"Name": "Ana"})
d["AGE"] = 31
d.update(City="Oslo")
print(d, d.data, "name" in d, isinstance(d, dict))
p = Positive([3, 1])
p.append(5)
print(p, p.data, p[1:], type(p[1:]).__name__, sum(p))
try:
    p.append(-2)
except ValueError as e:
    print("ValueError:", e)
s = UserString("hello")
print(s.upper(), s + "!", s[1:3], len(s), type(s.upper()).__name__)
