# permutations and combinations: podium finishes, handshakes, lottery tickets, and their counts.
from itertools import combinations, permutations
from math import comb, perm

runners = ["Ana", "Ben", "Cat", "Dev"]
podiums = list(permutations(runners, 3))
print(len(podiums), podiums[:3], perm(4, 3))
print(["".join(p) for p in permutations("abc")])
handshakes = list(combinations(runners, 2))
print(len(handshakes), handshakes, comb(4, 2))
print(list(combinations(range(5), 3)))
print(list(combinations("ab", 3)), list(permutations([], 0)), list(permutations([1, 2], 0)))
print([c for c in combinations([1, 2, 3, 4, 5], 2) if sum(c) == 6])
teams = [(a, b) for a, b in permutations("XYZ", 2)]
print(teams)
print(list(permutations([1, 1, 2])))
