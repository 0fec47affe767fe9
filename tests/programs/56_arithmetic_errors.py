# Exception messages from arithmetic and conversions match CPython's text.
def attempt(label, f):
    try:
        print(label, f())
    except ZeroDivisionError as e:
        print(label, "ZeroDivisionError:", e)
    except ValueError as e:
        print(label, "ValueError:", e)
    except TypeError as e:
        print(label, "TypeError:", e)
    except IndexError as e:
        print(label, "IndexError:", e)
    except KeyError as e:
        print(label, "KeyError:", e)


attempt("1/0", lambda: 1 / 0)
attempt("1//0", lambda: 1 // 0)
attempt("1%0", lambda: 1 % 0)
attempt("1.0/0", lambda: 1.0 / 0)
attempt("int('x')", lambda: int("x"))
attempt("int('12')", lambda: int("12"))
attempt("float('1e3')", lambda: float("1e3"))
attempt("'a'+1", lambda: "a" + 1)
attempt("[][0]", lambda: [][0])
attempt("{}['k']", lambda: {}["k"])
attempt("[1].index(2)", lambda: [1].index(2))
attempt("'abc'.index('z')", lambda: "abc".index("z"))
attempt("[].pop()", lambda: [].pop())
attempt("len(5)", lambda: len(5))
attempt("2**0.5", lambda: 2 ** 0.5)
