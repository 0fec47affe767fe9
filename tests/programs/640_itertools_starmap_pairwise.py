# itertools.starmap applies a function to argument tuples; pairwise gives overlapping pairs.
from itertools import pairwise, starmap

print(list(starmap(pow, [(2, 5), (3, 2), (10, 3)])))
print(list(starmap(lambda name, age: f"{name} is {age}", [("Ana", 31), ("Ben", 4)])))
rectangles = [(3, 4), (5, 5), (1, 10)]
print(list(starmap(lambda w, h: w * h, rectangles)))
temps = [12, 15, 11, 18, 18, 21]
print(list(pairwise(temps)))
print([b - a for a, b in pairwise(temps)])
print(list(pairwise("abc")), list(pairwise([1])), list(pairwise([])))
route = ["home", "shop", "park", "home"]
for start, end in pairwise(route):
    print(f"{start} -> {end}")
print(all(a <= b for a, b in pairwise([1, 2, 2, 5])), all(a <= b for a, b in pairwise([3, 1])))
