# itertools.groupby groups consecutive equal keys: sort first, key functions, and groups that are used up.
from itertools import groupby

print([(k, len(list(g))) for k, g in groupby("aaabccdaa")])
records = [("fruit", "apple"), ("veg", "leek"), ("fruit", "fig"), ("veg", "kale"), ("nut", "pecan")]
for kind, items in groupby(sorted(records), key=lambda r: r[0]):
    print(kind, [name for _, name in items])
numbers = [1, 3, 5, 2, 4, 7, 9, 6]
for odd, run in groupby(numbers, key=lambda n: n % 2 == 1):
    print("odd" if odd else "even", list(run))
words = ["ant", "bee", "bat", "cat", "cow", "ape"]
by_letter = {k: list(g) for k, g in groupby(sorted(words), key=lambda w: w[0])}
print(by_letter)
groups = list(groupby("xxyy"))
print([(k, list(g)) for k, g in groups])
scores = [55, 62, 67, 71, 78, 85, 93, 99]
for band, members in groupby(scores, key=lambda s: s // 10 * 10):
    print(f"{band}s: {list(members)}")
print(list(groupby([])))


def compress_text(text):
    return "".join(f"{len(list(g))}{ch}" for ch, g in groupby(text))


print(compress_text("WWWWBBBWWC"))
