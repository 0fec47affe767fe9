# Formerly a reject case: coroviz now supports this; it must match CPython.
def proxy_gen(inner):
    while True:
        yield from inner
