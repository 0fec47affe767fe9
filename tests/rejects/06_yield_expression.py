# expect-exit: 2
# expect-stderr: 06_yield_expression.py:7:15: error: unsupported: `yield` expression
# expect-stderr: ^
def foo():
    print("starting...")
    while True:
        res = yield 4
        print("res", res)
