# Uncaught exception with several arguments: str() of the args tuple is printed.
def f():
    raise LookupError("k", 2, None)


print("calling")
f()
