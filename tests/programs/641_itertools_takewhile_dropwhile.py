# takewhile stops at the first failure, dropwhile skips until then; both on a log and on numbers.
from itertools import dropwhile, takewhile

log = ["# header", "# version 2", "start", "# not a header", "stop"]
print(list(takewhile(lambda line: line.startswith("#"), log)))
print(list(dropwhile(lambda line: line.startswith("#"), log)))
numbers = [1, 4, 6, 3, 8, 2]
print(list(takewhile(lambda n: n < 5, numbers)), list(dropwhile(lambda n: n < 5, numbers)))
print(list(filter(lambda n: n < 5, numbers)))
print(list(takewhile(str.isdigit, "123abc456")), "".join(dropwhile(str.isspace, "   padded  ")))
print(list(takewhile(bool, [])), list(dropwhile(bool, [0, 1, 0])))


def primes():
    n = 2
    while True:
        if all(n % d for d in range(2, int(n ** 0.5) + 1)):
            yield n
        n += 1


print(list(takewhile(lambda p: p < 40, primes())))
