# Repeated frames collapse as CPython prints them: three shown, then "[Previous line repeated N more times]".


def down(n):
    if n == 0:
        raise ValueError("bottom")
    down(n - 1)


def ping(n):
    if n:
        pong(n - 1)
    else:
        raise KeyError(n)


def pong(n):
    ping(n)


def level(n):
    if n < 4:
        down(n)
    else:
        level(n - 1)


try:
    ping(4)
except KeyError:
    try:
        level(8)
    except ValueError:
        down(50)
