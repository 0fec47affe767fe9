# Comprehension scoping: the loop variable does not leak, the first iterable is evaluated in the enclosing scope.
x = 10
lst = [x for x in range(3)]
print(lst, x)
print([(i, j) for i in range(3) for j in range(i)])
print([[j * i for j in range(i)] for i in range(4)])
print({k: v for k, v in zip("abc", range(3)) if v != 1})
print([y for y in [1, 2, 3] if y > 1 if y < 3])
print([a + b for a, b in [(1, 2), (3, 4)]])
print([(a, rest) for a, *rest in [(1, 2, 3), (4,)]])
n = 3
print([n * m for m in range(n)])
fs = [lambda: k for k in range(3)]
print([f() for f in fs])
g = (i for i in range(3))
print(sum(g), sum(g))
z = [5, 6]
print([w for w in z], z)
print([last := v for v in range(4)], last)
print(sorted({c for c in "mississippi"}))
print(list(map(lambda t: t[0] * t[1], zip([1, 2, 3], [4, 5, 6]))))
print(list(filter(None, [0, 1, "", "a", [], [0]])))
print(dict(zip(range(3), "xyz")), list(enumerate("ab", 5)))
def f():
    return [locals_var for locals_var in range(2)]
print(f())
try:
    [undefined_name for _ in range(1)]
except NameError as e:
    print("NameError:", e)
# the first iterable is evaluated eagerly, the rest lazily
def src():
    print("  src evaluated")
    return range(2)
gen = (i for i in src())
print("gen created")
print(list(gen))
