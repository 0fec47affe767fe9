# except*: a bare `raise` in a clause re-raises its part, unmatched parts propagate too, and what propagates is the original group cut down to those parts (same message, same nesting), caught here by a plain except.
def inner(exc, reraise):
    try:
        raise exc
    except* ValueError:
        print("  handling ValueError part")
        if reraise:
            raise
    except* TypeError as eg:
        print("  handling TypeError part", eg.exceptions)
        raise


def outer(label, exc, reraise):
    print(label)
    try:
        inner(exc, reraise)
        print("  nothing propagated")
    except ExceptionGroup as eg:
        print("  propagated:", repr(eg))
    except Exception as e:
        print("  propagated naked:", repr(e))


group = ExceptionGroup("g", [ValueError(1), TypeError(2), KeyError(3), ExceptionGroup("sub", [ValueError(4), KeyError(5)])])
outer("re-raise everything", group, True)
outer("swallow values", group, False)
outer("only values, swallowed", ExceptionGroup("v", [ValueError(1)]), False)
outer("naked, re-raised", ValueError("bare"), True)
outer("naked, unmatched", KeyError("k"), False)
outer("naked TypeError", TypeError("t"), True)
