# dict.fromkeys and other classmethod-style constructors.
print(dict.fromkeys("ab"))
print(dict.fromkeys([1, 2], 0))
d = dict.fromkeys(range(3), [])
d[0].append("shared")
print(d)
print(str.maketrans("ab", "xy") == {97: 120, 98: 121}, "abc".translate(str.maketrans("ab", "xy")))
print(int.from_bytes is not None if False else "ok")
