# combinations_with_replacement: ice-cream scoops and making change with coins.
from itertools import combinations_with_replacement

flavours = ["vanilla", "mint", "lemon"]
for scoops in combinations_with_replacement(flavours, 2):
    print(" + ".join(scoops))
coins = [1, 2, 5]
ways = [c for n in range(1, 5) for c in combinations_with_replacement(coins, n) if sum(c) == 6]
print(ways)
print(len(list(combinations_with_replacement(range(4), 3))))
print(list(combinations_with_replacement("ab", 0)), list(combinations_with_replacement("", 2)))
print(list(combinations_with_replacement([3, 1], 2)))
