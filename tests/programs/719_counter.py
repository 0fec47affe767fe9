# collections.Counter: counting, most_common (ties in insertion order), arithmetic, elements, update/subtract, total.
from collections import Counter

votes = Counter(["red", "blue", "red", "green", "blue", "red", "yellow"])
print(votes, votes["red"], votes["purple"])
print(votes.most_common(2), votes.most_common()[-1], len(votes), votes.total())
letters = Counter("mississippi")
print(letters, sorted(letters.elements()))
a, b = Counter(a=3, b=1), Counter(a=1, b=2, c=5)
print(a + b, a - b, b - a, a & b, a | b)
a.update({"a": 1, "d": 2})
b.subtract({"c": 6})
print(a, b, +b, -b)
print(Counter(), Counter({"x": 0}), Counter(x=0) == Counter(), Counter("aab") == Counter("aba"))
words = "the cat and the hat and the bat".split()
print(Counter(words).most_common(3), Counter(len(w) for w in words))
print(dict(Counter("abca")), list(Counter("cabbage")), Counter("ab") <= Counter("aabb"))
