# collections.defaultdict: grouping with list, counting with int, sets; its repr; missing keys and default_factory None.
from collections import defaultdict

words = ["apple", "avocado", "banana", "blueberry", "cherry", "apple"]
by_letter = defaultdict(list)
for w in words:
    by_letter[w[0]].append(w)
print(by_letter)
counts = defaultdict(int)
for w in words:
    counts[w] += 1
print(counts, dict(counts), counts["durian"], "durian" in counts, len(counts))
unique = defaultdict(set)
for w in words:
    unique[len(w)].add(w[0])
print(sorted((k, sorted(v)) for k, v in unique.items()))
print(by_letter.get("z"), "z" in by_letter, by_letter.default_factory)
tree = lambda: defaultdict(tree)
root = tree()
root["a"]["b"]["c"] = 1
print(root["a"]["b"]["c"], list(root["a"]), isinstance(root, dict), type(root).__name__)
plain = defaultdict(None, {"x": 1})
print(plain)
try:
    plain["y"]
except KeyError as e:
    print("KeyError:", e)
fallback = defaultdict(lambda: "n/a", a="b")
print(fallback["c"], dict(fallback), repr(defaultdict(str)), defaultdict(list, [(1, [2])]))
