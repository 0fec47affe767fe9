# Formerly a reject case: coroviz now supports this; it must match CPython.
items = [1, 2, 3]
if (n := len(items)) > 2:
    print(n)
