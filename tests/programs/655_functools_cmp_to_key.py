# functools.cmp_to_key turns an old-style comparison into a sort key: sorting by several rules.
from functools import cmp_to_key


def by_length_then_reverse_alpha(a, b):
    if len(a) != len(b):
        return len(a) - len(b)
    return (a < b) - (a > b)


words = ["pear", "fig", "apple", "kiwi", "date", "plum"]
print(sorted(words, key=cmp_to_key(by_length_then_reverse_alpha)))


def largest_number(nums):
    def cmp(x, y):
        return (x + y < y + x) - (x + y > y + x)
    return "".join(sorted(map(str, nums), key=cmp_to_key(cmp)))


print(largest_number([3, 30, 34, 5, 9]), largest_number([10, 2]))
key = cmp_to_key(lambda a, b: a - b)
print(key(1) < key(2), key(3) == key(3), max([5, 1, 9], key=key), type(key(1)).__name__)
