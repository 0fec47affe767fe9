# try/except/else/finally with return, break and continue: finally always runs, and a return in finally wins.
def f(x):
    try:
        if x == 0:
            return "zero"
        r = 10 // x
    except ZeroDivisionError:
        return "never"
    else:
        print("  else runs for", x)
        return r
    finally:
        print("  finally for", x)


def g():
    try:
        return "try"
    finally:
        return "finally"


def h():
    out = []
    for i in range(6):
        try:
            if i == 1:
                continue
            if i == 4:
                break
            out.append(i)
        finally:
            out.append(-i)
    else:
        out.append("else")
    return out


for x in [0, 3, -4]:
    print(f(x))
print(g())
print(h())
try:
    try:
        raise ValueError("inner")
    except ValueError:
        raise
except ValueError as e:
    print("re-raised:", e)
try:
    try:
        {}["k"]
    except KeyError as e:
        raise TypeError("converted") from e
except TypeError as e:
    print("converted:", e)
try:
    [1, 2][5]
except IndexError as e:
    print("IndexError:", e)
try:
    assert 1 + 1 == 3, "math is broken"
except AssertionError as e:
    print("AssertionError:", e)
