# BaseExceptionGroup / ExceptionGroup: class choice, str/repr, split, subgroup, derive, errors.
eg = BaseExceptionGroup("many", [ValueError(1), TypeError("t"), ValueError(2)])
print(type(eg).__name__, str(eg), repr(eg))
print(eg.message, eg.exceptions, eg.args)
print(isinstance(eg, Exception), issubclass(ExceptionGroup, BaseExceptionGroup))
beg = BaseExceptionGroup("base", (KeyboardInterrupt(),))
print(type(beg).__name__, repr(beg), isinstance(beg, Exception))
match, rest = eg.split(ValueError)
print(repr(match), repr(rest))
print(repr(eg.subgroup(TypeError)), eg.subgroup(KeyError))
print(repr(eg.split(lambda e: isinstance(e, TypeError))[0]))
print(repr(eg.split((TypeError, ValueError))))
nested = ExceptionGroup("outer", [ValueError("a"), ExceptionGroup("inner", [KeyError("k"), ValueError("b")])])
m, r = nested.split(ValueError)
print(repr(m))
print(repr(r))
print(repr(nested.derive([ZeroDivisionError()])))
for args in [("m", [KeyboardInterrupt()]), ("m", []), ("m", 5), (5, [ValueError()]), ("m", [5]), ("m",)]:
    try:
        ExceptionGroup(*args)
    except Exception as e:
        print(type(e).__name__, e)
try:
    eg.split(5)
except TypeError as e:
    print("TypeError:", e)
try:
    raise ExceptionGroup("raised", [ValueError("x")])
except ExceptionGroup as e:
    print("caught", e)
try:
    raise ExceptionGroup("raised", [ValueError("x")])
except Exception as e:
    print("as Exception:", type(e).__name__)
