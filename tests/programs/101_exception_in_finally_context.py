# An exception raised in finally replaces the pending one and chains it as __context__.
def f():
    try:
        raise ValueError("first")
    finally:
        raise TypeError("second")


try:
    f()
except TypeError as e:
    print(type(e).__name__, e)
    print("context:", type(e.__context__).__name__, e.__context__)
    print("cause:", e.__cause__)
    print("suppress:", e.__suppress_context__)

try:
    try:
        raise KeyError("k")
    except KeyError:
        raise ValueError("v") from None
except ValueError as e:
    print("from None:", e, e.__cause__, e.__suppress_context__, type(e.__context__).__name__)

try:
    try:
        raise KeyError("k")
    except KeyError as k:
        raise ValueError("v") from k
except ValueError as e:
    print("from k:", repr(e.__cause__), e.__suppress_context__)

# The except variable is deleted after the block.
try:
    raise IndexError("gone")
except IndexError as err:
    pass
try:
    print(err)
except NameError as e:
    print("NameError:", e)

# Bare raise outside of an except block.
try:
    raise
except RuntimeError as e:
    print("RuntimeError:", e)

# Raising a non-exception.
try:
    raise 5
except TypeError as e:
    print("TypeError:", e)

# Exception args and str/repr.
e = ValueError("a", 2)
print(e.args, str(e), repr(e))
print(repr(ValueError()), str(ValueError()), repr(KeyError("x")), str(KeyError("x")))
print(str(KeyError()), repr(StopIteration(3)), StopIteration(3).value)
