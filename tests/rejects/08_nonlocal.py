# expect-exit: 2
# expect-stderr: 08_nonlocal.py:8:9: error: unsupported: `nonlocal` statement
# expect-stderr: ^
def counter():
    n = 0

    def bump():
        nonlocal n
        n += 1
    return bump
