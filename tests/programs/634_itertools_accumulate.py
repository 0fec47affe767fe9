# itertools.accumulate: running totals, running maximum, products with operator.mul, and initial=.
import operator
from itertools import accumulate

deposits = [100, -20, 50, -130, 75]
print(list(accumulate(deposits)))
print(list(accumulate(deposits, max)), list(accumulate(deposits, min)))
print(list(accumulate(range(1, 7), operator.mul)))
print(list(accumulate([1, 2, 3], initial=100)), list(accumulate([], initial=0)))
print(list(accumulate(["a", "b", "c"])))
print(list(accumulate([0.1] * 5)))
balance = list(accumulate(deposits, lambda total, x: total + x if total + x >= 0 else total))
print(balance)
print(list(accumulate([3, 1, 4, 1, 5], func=lambda a, b: a * 10 + b)))
print(list(accumulate([(1, 2), (3, 4)], lambda a, b: (a[0] + b[0], a[1] + b[1]))))
