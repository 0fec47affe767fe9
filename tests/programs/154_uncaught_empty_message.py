# Uncaught exception with an empty message: only the class name is printed.
try:
    raise KeyError("")
except KeyError as e:
    print(repr(str(e)))
raise ValueError("")
