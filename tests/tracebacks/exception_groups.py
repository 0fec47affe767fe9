# Nested exception groups with a cause, a context, and more members than are drawn (15).
def inner():
    raise ExceptionGroup("inner", [KeyError("k"), ValueError("v")])

def outer():
    try:
        inner()
    except ExceptionGroup as e:
        raise ExceptionGroup("outer", [e, TypeError("t")]) from ValueError("cause")

try:
    outer()
except ExceptionGroup as e:
    try:
        raise RuntimeError("ctx")
    except RuntimeError:
        raise ExceptionGroup("top", [e] + [ZeroDivisionError(i) for i in range(16)])
