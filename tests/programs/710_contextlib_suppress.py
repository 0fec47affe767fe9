# contextlib.suppress ignores the listed exceptions and skips the rest of the block; others still propagate.
import contextlib

data = {"a": 1}
with contextlib.suppress(KeyError):
    print("before")
    print(data["b"])
    print("never printed")
print("after suppress")
with contextlib.suppress(ZeroDivisionError, ValueError):
    int("x")
with contextlib.suppress(ArithmeticError):
    1 / 0
print("subclasses are suppressed too")
try:
    with contextlib.suppress(KeyError):
        [][1]
except IndexError as e:
    print("IndexError still raised:", e)
with contextlib.suppress():
    print("suppress() with nothing listed")
for text in ["1", "two", "3"]:
    with contextlib.suppress(ValueError):
        print("parsed", int(text))
