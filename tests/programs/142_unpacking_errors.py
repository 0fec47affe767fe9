# Tuple unpacking: star targets, nested targets, and the exact error messages.
a, *b, c = range(5)
print(a, b, c)
*a, b = "xy"
print(a, b)
(a, b), c = "ab", 3
print(a, b, c)
a, (b, *c) = 1, [2, 3, 4]
print(a, b, c)
for i, (j, k) in enumerate([(1, 2), (3, 4)]):
    print(i, j, k)
x = y = [1]
x += [2]
print(y)
t = (1,)
t += (2,)
print(t)
a, b = b, a = 1, 2
print(a, b)
cases = [
    lambda: [v for v in [(1, 2, 3)] for p, q in [v]],
    lambda: [0 for p, q in [(1,)]],
    lambda: [0 for p, q in [1]],
    lambda: [0 for p, *q, r in [(1,)]],
    lambda: [0 for p, q in ["abc"]],
    lambda: [0 for p, q in [{"a": 1, "b": 2, "c": 3}]],
]
for f in cases:
    try:
        print(f())
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
d = {"k1": 1, "k2": 2}
k1, k2 = d
print(k1, k2)
(m, n), = [(5, 6)]
print(m, n)
print(*[1, 2], *"ab", sep="|", end="!\n")
print(*[], "alone")
print([*range(3), *"xy"], (*[1],), {**{"a": 1}, **{"a": 2, "b": 3}}, set([*"aa", *"b"]) == {"a", "b"})
