# Formerly a reject case: coroviz now supports this; it must match CPython.
def counter():
    n = 0

    def bump():
        nonlocal n
        n += 1
    return bump
