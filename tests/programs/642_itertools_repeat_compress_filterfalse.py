# repeat (with and without times), compress with selectors, filterfalse as filter's opposite.
from itertools import compress, filterfalse, islice, repeat

print(list(repeat("hi", 3)), list(islice(repeat(0), 4)), list(repeat(1, 0)), list(repeat(1, -2)))
print(repr(repeat("x")), repr(repeat("x", 2)), repr(repeat(None, times=1)))
print(list(map(pow, range(5), repeat(2))))
print(["-" * n for n in range(4)], list(zip("ab", repeat(True))))
items = ["milk", "eggs", "bread", "tea"]
have = [1, 0, 0, 1]
print(list(compress(items, have)), list(compress(items, [True])), list(compress("abcdef", [1, 0, 1])))
print(list(filterfalse(lambda n: n % 3, range(10))), list(filter(lambda n: n % 3, range(10))))
print(list(filterfalse(None, [0, 1, "", "a", None, [], [0]])))
r = repeat(7, 2)
print(next(r), next(r), next(r, "empty"), repr(r))
