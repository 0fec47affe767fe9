# itertools.count: numbering with zip, custom start and step, floats, and its repr.
from itertools import count, islice, takewhile

for number, name in zip(count(1), ["alpha", "beta", "gamma"]):
    print(number, name)

evens = count(0, 2)
print(next(evens), next(evens), next(evens), evens)
print(list(islice(count(10, -3), 5)))
print(list(takewhile(lambda x: x < 2, count(0.5, 0.25))))
print(repr(count()), repr(count(5)), repr(count(1.5, 0.5)), repr(count(2, 1)), repr(count(0, 1.0)))
ids = count(100)
orders = {name: next(ids) for name in ("tea", "cake", "jam")}
print(orders, next(ids))
print(type(count()).__name__, count.__module__)
