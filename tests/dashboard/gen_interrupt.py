"""Generators alone, no event loop: a running total fed by next() until Ctrl-C."""
from inspect import getgeneratorstate


def numbers():
    n = 0
    while True:
        n += 1
        yield n


print("start")
g = numbers()
total = 0
try:
    while True:
        total += next(g)
except KeyboardInterrupt:
    print("KeyboardInterrupt caught, total", total)
print("numbers() is", getgeneratorstate(g))
