"""Generators alone and no handler: Ctrl-C ends the program with a traceback (exit 130)."""


def numbers():
    n = 0
    while True:
        n += 1
        yield n


def drive(g):
    while True:
        next(g)


print("start")
drive(numbers())
