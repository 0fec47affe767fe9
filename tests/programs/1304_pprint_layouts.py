# pprint/pformat: dicts sorted or not, nested lists and tuples broken at the width, indent, depth, compact packing, long strings split into pieces, sets, underscore_numbers.
import pprint

data = {
    "name": "coroviz",
    "tags": ["asyncio", "virtual clock", "tracing", "terminal", "dashboard", "python"],
    "versions": [(3, 11, 7), (3, 12, 0)],
    "nested": {"b": [1, 2, 3], "a": {"deep": {"deeper": {"deepest": list(range(12))}}}},
    "empty": {},
    "zero": [],
    "flag": True,
    "ratio": 0.125,
    "none": None,
}
pprint.pprint(data)
pprint.pprint(data, width=40)
pprint.pprint(data, indent=4, width=60)
pprint.pprint(data, depth=2)
pprint.pprint(data, sort_dicts=False, width=50)
pprint.pp({"z": 1, "a": 2, "m": [3] * 30})
print(pprint.pformat(list(range(40))))
print(pprint.pformat(list(range(40)), compact=True))
print(pprint.pformat(list(range(40)), compact=True, width=30, indent=3))
print(pprint.pformat([list(range(10)), list(range(10, 25)), ("x" * 30, "y" * 30)], width=30, compact=True))
print(pprint.pformat(("single" * 15,)))
print(pprint.pformat({"key": ("a", "b") * 12}, width=30))
text = "The quick brown fox jumps over the lazy dog. " * 4
print(pprint.pformat(text))
print(pprint.pformat(text, width=30))
print(pprint.pformat({"doc": text, "lines": "first line\nsecond line is a little longer than that\n" * 2}, width=40))
print(pprint.pformat([text], width=50))
print(pprint.pformat({1, 2, 3}), pprint.pformat(set()), pprint.pformat(set(range(30)), width=40))
print(pprint.pformat(10**12, underscore_numbers=True), pprint.pformat([123456789] * 3, underscore_numbers=True))
print(pprint.pformat({(1, 2): "tuple key", (0, 5): "other"}), pprint.pformat({3: "c", 1: "a", 2: "b"}))
print(pprint.pformat([[[[[1, 2]]]]], depth=3), pprint.pformat(((((1,),),),), depth=2), pprint.pformat({"a": {"b": {}}}, depth=1))
print(pprint.saferepr({"b": 2, "a": [1, (2, 3)]}), pprint.isreadable([1, "x"]), pprint.isreadable(pprint), pprint.isrecursive([1]))
pp = pprint.PrettyPrinter(width=20, indent=2)
pp.pprint({"alpha": [1, 2, 3], "beta": {"gamma": "delta", "epsilon": "zeta"}})
print(pp.pformat(["one", "two", "three", "four", "five"]))
for bad in [dict(indent=-1), dict(depth=0), dict(width=0)]:
    try:
        pprint.PrettyPrinter(**bad)
    except ValueError as e:
        print("ValueError", e)
