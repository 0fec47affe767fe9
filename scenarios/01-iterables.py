"""A list is iterable but not an iterator; iter() makes an iterator from it."""
from collections.abc import Iterable, Iterator

numbers = [1, 2, 3]

# A list is iterable: a for loop can walk it ...
for n in numbers:
    print("for got", n)

# ... but it is not an iterator: next() refuses it.
print("list is Iterable:", isinstance(numbers, Iterable))
print("list is Iterator:", isinstance(numbers, Iterator))
try:
    next(numbers)
except TypeError as e:
    print("next(list) -> TypeError:", e)

# iter() turns an iterable into an iterator, which remembers how far it got.
it = iter(numbers)
print("iter(list) is Iterator:", isinstance(it, Iterator))
print(next(it))
print(next(it))
print(next(it))
try:
    next(it)
except StopIteration:
    print("StopIteration: this iterator is used up")
print("a fresh iter(list) starts over:", next(iter(numbers)))

# An iterator is iterable too (iter(it) returns it), so a for loop takes either.
it = iter(numbers)
print("iter(it) is it:", iter(it) is it)
next(it)
for n in it:
    print("for continues with", n)

for value in ["abc", {"a": 1}, range(3), 42]:
    print(
        type(value).__name__,
        "Iterable:", isinstance(value, Iterable),
        "Iterator:", isinstance(value, Iterator),
    )
