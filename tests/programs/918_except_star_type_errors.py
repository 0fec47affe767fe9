# except*: catching ExceptionGroup (or a tuple holding one) is a TypeError, so is a non-exception type; the error has the original exception as its context.
def attempt(label, ty):
    try:
        try:
            raise ExceptionGroup("g", [ValueError(1)])
        except* ty:
            print("never")
    except TypeError as e:
        print(label, "->", e, "| context:", repr(e.__context__))


attempt("ExceptionGroup", ExceptionGroup)
attempt("BaseExceptionGroup", BaseExceptionGroup)
attempt("tuple with a group", (ValueError, ExceptionGroup))
attempt("not a class", 42)
attempt("tuple with a str", (ValueError, "x"))


class MyGroup(ExceptionGroup):
    pass


attempt("a subclass", MyGroup)

try:
    raise ValueError("plain")
except* BaseException as eg:
    print("BaseException catches and wraps:", repr(eg))
