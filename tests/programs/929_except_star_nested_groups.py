# except*: deep groups split clause by clause keep their shape and messages; a re-raised part and an unmatched part merge back into one group shaped like the original; str() of the groups.
def deep():
    return ExceptionGroup("top", [
        ValueError("v1"),
        ExceptionGroup("mid", [TypeError("t1"), ExceptionGroup("low", [ValueError("v2"), KeyError("k1")])]),
        KeyError("k2"),
    ])


try:
    try:
        raise deep()
    except* ValueError as eg:
        print("values:", repr(eg))
        print("str:", eg)
        raise
    except* TypeError as eg:
        print("types:", repr(eg))
except ExceptionGroup as eg:
    print("escaped:", repr(eg))
    print("message kept:", eg.message)
    v, k = eg.split(ValueError)
    print("split again:", repr(v), repr(k))

try:
    raise deep()
except* KeyError as eg:
    print("keys:", repr(eg))
except* (ValueError, TypeError) as eg:
    print("values and types:", repr(eg))
print("all handled")
