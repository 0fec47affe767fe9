"""yield hands a value out and pauses; next() resumes with None, send(v) with v."""


def foo():
    print("starting...")
    while True:
        res = yield 4
        print("res:", res)


# Calling foo() runs nothing: it returns a generator object.
g = foo()
# next() runs the body up to the first `yield 4`: 4 comes out, like a return, and foo pauses.
print(next(g))
print("*" * 20)
# next() again resumes *inside* the assignment: the yield expression evaluates to None,
# so res is None; the loop comes round to `yield 4` and pauses again.
print(next(g))
print("*" * 20)
# send(10) resumes the same way, but the yield expression evaluates to 10.
print(g.send(10))
print("*" * 20)
# next(g) is the same as g.send(None).
print(g.send(None))
g.close()
