# except*: several clauses each take their part of a group (split keeps the nesting), a naked exception is wrapped in ExceptionGroup(''), and `as` names are unbound after the clause.
def run(label, exc):
    print(label)
    try:
        raise exc
    except* ValueError as eg:
        print("  ValueError part:", repr(eg))
    except* (TypeError, KeyError) as eg:
        print("  TypeError/KeyError part:", repr(eg))
    except* Exception as eg:
        print("  the rest:", repr(eg))
    try:
        print("  after:", eg)
    except UnboundLocalError:
        print("  after: eg is unbound")


run("a group", ExceptionGroup("g", [ValueError(1), TypeError(2), OSError(3), KeyError(4)]))
run("nested", ExceptionGroup("outer", [ValueError("a"), ExceptionGroup("inner", [ValueError("b"), ZeroDivisionError("c")])]))
run("naked ValueError", ValueError("bare"))
run("naked OSError", OSError("os"))
run("only values", ExceptionGroup("vals", [ValueError(1), ValueError(2)]))

try:
    raise ExceptionGroup("no clause runs twice", [ValueError(1)])
except* ValueError:
    print("first ValueError clause")
except* ValueError:
    print("never")

def nothing_raised():
    try:
        print("no exception")
    except* ValueError:
        print("never")
    else:
        print("else runs")


nothing_raised()
