"""Compile-time SyntaxWarnings in CPython 3.11 order: `is` with folded constants (one per comparison), asserts of non-empty tuples, calling a literal (a missed comma)."""
x = 3
print(x is 1, x is not "a", x is -1, x is (1, 2), x is None, x is ..., x is (None,), x is (x, 1), 1 is x is 2, x is f"a")
assert (x, "m")
assert (1, 2)
assert ()
def f():
    return x is b"z"
try:
    (1, 2) (3, 4)
except TypeError as e: print(e)
try:
    [(1, 2) (3, 4)]
except TypeError as e: print(e)
try:
    "a" ("b")
except TypeError as e: print(e)
try:
    None()
except TypeError as e: print(e)
try:
    [x for x in ()]()
except TypeError as e: print(e)
try:
    {1: 2}()
except TypeError as e: print(e)
try:
    f"x"()
except TypeError as e: print(e)
y = (x is 1) or (x is 1)
z = lambda: x is 2.5
