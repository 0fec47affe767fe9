# frozenset: construction, repr, hashing, as dict key and set member, operations with set and their result types.
empty = frozenset()
f = frozenset([3, 1, 2, 3])
print(empty, repr(empty), len(f), sorted(f), 2 in f, 5 not in f, bool(empty), bool(f))
print(frozenset({1}), frozenset("a"), frozenset(range(1)), frozenset([(1, 2)]))
print(type(f).__name__, isinstance(f, frozenset), isinstance(f, set), type(f) is frozenset)
print(frozenset(f) is f, f.copy() is f, hash(f) == hash(frozenset([1, 2, 3])), hash(empty) == hash(frozenset([])))
print(hash(frozenset()), hash(frozenset({1, 2})), hash(frozenset({-1, 5})))
s = {1, 2, 3}
print(f == s, s == f, f != {1, 2}, frozenset() == set(), f == [1, 2, 3])
print(f <= s, f < s, f >= {1}, f > frozenset({1, 2, 3}), {1} < f)

# Result types follow the left operand.
for a, b in [(f, {2, 9}), ({2, 9}, f), (f, frozenset({2})), ({1}, {2})]:
    for name, r in [("|", a | b), ("&", a & b), ("-", a - b), ("^", a ^ b)]:
        print(type(a).__name__, name, type(b).__name__, "->", type(r).__name__, sorted(r))
print(type(f.union([7])).__name__, sorted(f.union([7], (8,))), sorted(f.intersection({1, 2}, [2])))
print(sorted(f.difference([1])), sorted(f.symmetric_difference([3, 4])), f.isdisjoint([7]), f.issubset(range(5)))
print(f.issuperset([1, 2]), type(s.union(f)).__name__, type(s.symmetric_difference(f)).__name__)

# Hashable: dict keys, set members, nested frozensets.
groups = {frozenset({"a", "b"}): 1, frozenset({"c"}): 2}
print(groups[frozenset(["b", "a"])], frozenset("c") in groups, groups.get(frozenset()))
nested = {frozenset({1, 2}), frozenset({2, 1}), frozenset({frozenset({1})})}
print(len(nested), frozenset({frozenset({1})}) in nested)
print({frozenset(): "empty"}[frozenset()], {1: frozenset({2})})
t = {(frozenset({1}), 2): "tuple"}
print(t[(frozenset([1]), 2)])
# A set equal to a frozenset finds it in a set (set lookups accept sets by converting them).
print(frozenset({1, 2}) in {frozenset({2, 1})}, {frozenset({1})} == {frozenset([1])}, {1, 2} in {frozenset({2, 1})})
members = {frozenset({1}), frozenset({2})}
members.discard({1})
members.remove({2})
print(members)

# In-place operators on a frozenset make a new one; on a set they change it.
g = f
g |= {10}
print(sorted(g), sorted(f), g is f)
h = s
h |= {10}
print(sorted(h), sorted(s), h is s)
h -= {10, 1}
h &= {2, 3, 4}
h ^= {4}
print(sorted(s))

bads = [
    ("f.add(1)", lambda: f.add(1)),
    ("f.remove(1)", lambda: f.remove(1)),
    ("f.update([1])", lambda: f.update([1])),
    ("{[1]: 1}", lambda: {[1]: 1}),
    ("frozenset([[1]])", lambda: frozenset([[1]])),
    ("frozenset(1)", lambda: frozenset(1)),
    ("f < [1]", lambda: f < [1]),
    ("f | [1]", lambda: f | [1]),
    ("frozenset([1], [2])", lambda: frozenset([1], [2])),
    ("hash({1})", lambda: hash({1})),
]
for text, bad in bads:
    try:
        bad()
    except (AttributeError, TypeError) as e:
        print(text, "->", type(e).__name__, e)

# Sets of sets are not allowed; sets of frozensets are.
try:
    {frozenset(), {1}}
except TypeError as e:
    print("TypeError:", e)
print(sorted(map(sorted, {frozenset("ab"), frozenset("ba"), frozenset("c")})))
