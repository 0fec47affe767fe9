# Uncaught exception whose context is another exception: the last stderr line is the final one.
def parse(s):
    try:
        return int(s)
    except ValueError:
        raise LookupError("cannot parse " + repr(s))


print("parsing")
print(parse("12"))
print(parse("x1"))
