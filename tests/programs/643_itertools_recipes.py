# Everyday itertools recipes: batches with islice, sliding windows, flatten, unique in order, nth item.
from collections import deque
from itertools import chain, count, islice


def batches(iterable, size):
    it = iter(iterable)
    while batch := list(islice(it, size)):
        yield batch


def windows(iterable, size):
    it = iter(iterable)
    window = deque(islice(it, size), maxlen=size)
    if len(window) == size:
        yield tuple(window)
    for item in it:
        window.append(item)
        yield tuple(window)


def unique(iterable):
    seen = set()
    for item in iterable:
        if item not in seen:
            seen.add(item)
            yield item


def nth(iterable, n, default=None):
    return next(islice(iterable, n, None), default)


print(list(batches(range(10), 4)), list(batches([], 3)))
print(list(windows([1, 2, 3, 4, 5], 3)), list(windows([1], 2)))
print(list(unique("mississippi")), list(unique([3, 1, 3, 2, 1])))
print(nth(count(5), 3), nth("abc", 10, "none"))
print(list(chain.from_iterable(batches("abcdefg", 3))))
print(sum(1 for _ in batches(range(100), 7)))
