# itertools.tee splits one iterator into independent ones; the original should not be used afterwards.
from itertools import islice, tee


def readings():
    for value in [3, 8, 2, 9, 4]:
        print("read", value)
        yield value


a, b = tee(readings())
print(next(a), next(a))
print("b starts from the beginning:", list(b))
print("a goes on:", list(a))
first, second, third = tee(range(4), 3)
print(list(first), list(second), sum(third))
ahead, behind = tee("abcd")
next(ahead)
print(list(zip(behind, ahead)))
x, y = tee([1, 2, 3])
print(list(islice(x, 2)), list(y), list(x))
print(len(tee([1], 5)), tee([], 0))
