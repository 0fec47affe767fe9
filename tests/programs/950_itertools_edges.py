# itertools edge cases: islice/count/r/n argument errors, groupby groups invalidated by advancing, tee of a tee, reprs.
from itertools import accumulate, chain, combinations, combinations_with_replacement, compress, count, cycle, groupby, islice, permutations, product, repeat, starmap, tee, zip_longest
for bad in (lambda: islice("abc", -2), lambda: islice("abc", 1, 2, 0), lambda: islice("abc", "x"),
            lambda: islice("abc", -1, 2), lambda: count("a"), lambda: permutations("ab", -1),
            lambda: combinations("ab", -1), lambda: product("ab", repeat=-1), lambda: tee("a", -1),
            lambda: repeat(1, 2.5), lambda: islice(5, 2), lambda: cycle(3), lambda: zip_longest(1)):
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(list(islice(count(), 0, 20, 7)), list(islice([1,2,3], 1, None)), list(islice([1,2,3], None, 2)))
g = groupby([1, 1, 2, 2, 3])
k, first = next(g)
print(k, next(first))
k2, second = next(g)
print(k2, list(first), list(second))
print(list(product("ab", [1, 2], repeat=2))[:5])
print(list(permutations(range(4), 2)))
print(list(combinations_with_replacement("abc", 3)))
a, b = tee(iter([1, 2, 3]))
c, d = tee(a)
print(next(a), list(c), list(d), list(b))
print(list(accumulate([1, 2, 3], lambda a, b: a - b, initial=10)))
print(list(starmap(max, [[1, 5], (7, 2)])))
print(list(compress(range(10), cycle([1, 0, 0]))))
c = count(10**20)
next(c)
print(c, count(-1, -1), count(0.0), count(True))
print(list(zip_longest("ab", "xyz", "q")))
it = chain.from_iterable(["ab", "", "c"])
print(list(it), list(it))
print(type(chain).__name__, type(islice(range(3), 1)).__name__, type(groupby("a")).__name__)
