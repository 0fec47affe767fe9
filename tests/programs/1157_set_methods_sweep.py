# Every set method: the *_update forms in place, several iterable arguments, argument errors, and set/frozenset mixes.
s = {1, 2, 3, 4}
print(sorted(s.symmetric_difference([3, 4, 5])), sorted(s.union()), sorted(s.intersection()), s.difference() == s)
print(sorted(s.union([5], (6,), {7}, range(8, 9))), sorted(s.intersection([1, 2, 3], (2, 3))), sorted(s.difference([1], {2})))
t = set(s)
t.update([10], {11})
print(sorted(t), t.update() is None)
t.intersection_update(range(3), [1, 2, 10])
print(sorted(t))
t = set(s)
t.difference_update([1], (2,))
print(sorted(t))
t.symmetric_difference_update({4, 9})
print(sorted(t))
t.symmetric_difference_update(t)
print(t, len(t))
alias = {1, 2}
same = alias
alias &= {2, 3}
alias |= frozenset({7})
alias -= {7}
alias ^= {8}
print(sorted(same), same is alias)
print(s.issubset([1, 2, 3, 4, 5]), s.issuperset(range(1, 3)), s.isdisjoint("ab"), set().isdisjoint([]), s.issubset(s))
print(s < s, s <= s, s > {1}, frozenset(s) == s, s != frozenset(s), set() < frozenset({1}))
print(len({1, 1.0, True}), {0, False, 0.0}, {(1, 2), (1, 2)}, {"a", "a", "b"} == {"b", "a"})
p = {5}
print(p.pop(), p)
for f, text in [
    (lambda: set().pop(), "set().pop()"),
    (lambda: {1}.symmetric_difference(), "symmetric_difference()"),
    (lambda: {1}.symmetric_difference([1], [2]), "symmetric_difference(a, b)"),
    (lambda: {1}.issubset(), "issubset()"),
    (lambda: {1}.isdisjoint(5), "isdisjoint(5)"),
    (lambda: {1}.add([2]), "add([2])"),
    (lambda: {1}.union([[2]]), "union([[2]])"),
    (lambda: {1} | [2], "{1} | [2]"),
    (lambda: {1} - "a", "{1} - 'a'"),
    (lambda: {1} <= [1], "{1} <= [1]"),
    (lambda: {1}.remove(5), "remove(5)"),
    (lambda: set([1], [2]), "set([1], [2])"),
    (lambda: set(5), "set(5)"),
]:
    try:
        print(text, "->", f())
    except (TypeError, KeyError) as e:
        print(text, "->", type(e).__name__, e)
