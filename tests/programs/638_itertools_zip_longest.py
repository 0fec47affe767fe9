# zip_longest pads the shorter inputs: a score table with missing results, fillvalue, compared with zip.
from itertools import zip_longest

names = ["Ana", "Ben", "Cat"]
scores = [91, 78]
print(list(zip(names, scores)))
print(list(zip_longest(names, scores)))
for name, score in zip_longest(names, scores, fillvalue="-"):
    print(f"{name:5}{score:>4}")
print(list(zip_longest("abc", [1], [True, False], fillvalue=0)))
print(list(zip_longest()), list(zip_longest([], [])))
a, b = "hello", "help"
print([i for i, (x, y) in enumerate(zip_longest(a, b)) if x != y])
columns = [["1", "2", "3"], ["a"], ["x", "y"]]
for row in zip_longest(*columns, fillvalue=""):
    print("|".join(f"{cell:^3}" for cell in row))
try:
    list(zip(names, scores, strict=True))
except ValueError as e:
    print("ValueError:", e)
