# expect-exit: 2
# expect-stderr: 18_yield_from_generator.py:7:
# expect-stderr: error: unsupported:
# expect-stderr: yield
def proxy_gen(inner):
    while True:
        yield from inner
