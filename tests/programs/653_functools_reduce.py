# functools.reduce: sums, products, the largest item, flattening, with an initial value, and on empty input.
from functools import reduce

numbers = [4, 8, 15, 16, 23, 42]
print(reduce(lambda a, b: a + b, numbers), reduce(lambda a, b: a * b, numbers, 1))
print(reduce(lambda a, b: a if a > b else b, numbers))
print(reduce(lambda acc, xs: acc + xs, [[1], [2, 3], []], []))
print(reduce(lambda acc, ch: acc * 10 + int(ch), "2024", 0))
print(reduce(lambda acc, word: {**acc, word: len(word)}, ["ox", "bee"], {}))
print(reduce(lambda a, b: a + b, [], "empty"), reduce(lambda a, b: a + b, ["only"]))
try:
    reduce(lambda a, b: a + b, [])
except TypeError as e:
    print("TypeError:", e)
steps = []
reduce(lambda a, b: steps.append((a, b)) or a + b, range(1, 5))
print(steps)
