# except*: a clause raising a new exception: the result is ExceptionGroup('', [new..., what remains]) whose new members have the matched part as __context__ (or a cause with `from`); several clauses raising.
def check(label, exc, mode):
    print(label)
    try:
        try:
            raise exc
        except* ValueError as eg:
            if mode == "new":
                raise RuntimeError("from the ValueError clause")
            if mode == "from":
                raise RuntimeError("caused") from eg
            if mode == "raise eg":
                raise eg
        except* TypeError:
            raise LookupError("from the TypeError clause")
    except BaseException as result:
        print("  result:", repr(result))
        for e in getattr(result, "exceptions", [result]):
            ctx = e.__context__
            print("   ", repr(e), "context:", repr(ctx), "cause:", repr(e.__cause__))


check("new", ExceptionGroup("g", [ValueError(1), KeyError(2)]), "new")
check("from", ExceptionGroup("g", [ValueError(1)]), "from")
check("two clauses raise", ExceptionGroup("g", [ValueError(1), TypeError(2), OSError(3)]), "new")
check("raise eg makes a new group", ExceptionGroup("g", [ValueError(1), KeyError(2)]), "raise eg")
check("naked, new exception", ValueError("bare"), "new")
check("TypeError only", ExceptionGroup("g", [TypeError(2)]), "none")
