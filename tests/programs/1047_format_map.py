"""str.format_map: a dict, a dict subclass with __missing__, positional fields refused, a non-mapping."""
class D(dict):
    def __missing__(self, k): return "<" + k + ">"
print("{a}-{b}".format_map({"a": 1, "b": 2}), "{x} {y.real}".format_map(D(y=3)))
for t, m in [("{0}", {}), ("{a}", {}), ("{a}", 5)]:
    try:
        print(t.format_map(m))
    except Exception as e:
        print(type(e).__name__, e)
try:
    "x".format_map()
except TypeError as e:
    print(e)
