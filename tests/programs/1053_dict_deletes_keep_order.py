# Deleting from dicts and sets keeps the order of what is left; a deleted key comes back last.
d = {k: k * k for k in range(10)}
for k in (3, 0, 9, 5):
    del d[k]
print(list(d), len(d))
d[0] = "back"
d[3] = "also"
print(list(d.items())[-3:])
print(d.popitem(), d.popitem(), list(d))
big = {i: i for i in range(5000)}
for i in range(0, 5000, 2):
    big.pop(i)
print(len(big), list(big)[:5], list(big)[-3:], sum(big.values()))
for i in range(1, 4990, 2):
    del big[i]
print(big, 4991 in big, 4990 in big)
s = set(range(8))
s.discard(2)
s.remove(5)
print(s, s.pop(), s.pop(), s)
attrs = type("A", (), {})()
for name in "abcdef":
    setattr(attrs, name, name.upper())
del attrs.b, attrs.e
print(vars(attrs))
it = iter(d)
next(it)
del d[4]
try:
    next(it)
except RuntimeError as e:
    print("RuntimeError:", e)
words = {}
for w in "the cat and the hat and the bat".split():
    words[w] = words.pop(w, 0) + 1
print(words)
