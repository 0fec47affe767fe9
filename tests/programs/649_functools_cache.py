# functools.cache: unbounded memoisation for a path-counting puzzle, and the typed= difference in lru_cache.
from functools import cache, lru_cache


@cache
def paths(rows, cols):
    if rows == 1 or cols == 1:
        return 1
    return paths(rows - 1, cols) + paths(rows, cols - 1)


print(paths(3, 3), paths(10, 10), paths(16, 16))
print(paths.cache_info())
seen = []


@lru_cache(typed=True)
def describe(x):
    seen.append(type(x).__name__)
    return f"{x!r}"


print(describe(1), describe(1.0), describe(True), describe(1))
print(seen, describe.cache_info().currsize)
seen.clear()


@lru_cache
def loose(x):
    seen.append(type(x).__name__)
    return repr(x)


print(loose(1), loose(1.0), loose(True), seen)
