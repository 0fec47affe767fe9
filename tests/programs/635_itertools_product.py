# itertools.product: all outfits, dice totals with repeat=, grid coordinates, binary strings.
from collections import Counter
from itertools import product

shirts, trousers = ["red", "blue"], ["jeans", "chinos", "shorts"]
for shirt, pair in product(shirts, trousers):
    print(f"{shirt} shirt with {pair}")
totals = Counter(a + b for a, b in product(range(1, 7), repeat=2))
print(sorted(totals.items()))
print(max(totals, key=totals.get), totals[7], sum(totals.values()))
print(["".join(bits) for bits in product("01", repeat=3)])
print(list(product([1, 2], "ab", [True])))
print(list(product()), list(product([], [1])), len(list(product(range(3), repeat=4))))
grid = [(x, y) for x, y in product(range(3), range(2))]
print(grid)
