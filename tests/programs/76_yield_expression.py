# Formerly a reject case: coroviz now supports this; it must match CPython.
def foo():
    print("starting...")
    while True:
        res = yield 4
        print("res", res)
