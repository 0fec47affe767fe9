# Deep recursion raises RecursionError, which can be caught; the program goes on.
import sys


def down(n):
    return down(n + 1)


try:
    down(0)
except RecursionError as e:
    print("RecursionError:", e)


def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)


print(len(str(fact(500))))
print(sys.getrecursionlimit())
