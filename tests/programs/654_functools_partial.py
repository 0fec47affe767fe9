# functools.partial fixes some arguments: func/args/keywords, overriding keywords, and the repr of a builtin's partial.
from functools import partial

square = partial(pow, exp=2)
print(square(7), square(base=3))
base2 = partial(int, base=2)
print(base2("1011"), base2("1111", base=10), base2.func, base2.args, base2.keywords)
print(repr(partial(pow, 2)), repr(partial(max, key=len)), repr(base2))


def greet(greeting, name, punctuation="!"):
    return f"{greeting}, {name}{punctuation}"


hello = partial(greet, "Hello")
print(hello("Ana"), hello("Ben", punctuation="?"), hello.args, hello.func.__name__)
nested = partial(hello, punctuation=".")
print(nested("Cy"), nested.func is greet, nested.args, nested.keywords)
print(list(map(partial(round, ndigits=1), [1.25, 2.675, 3.14159])))
try:
    hello()
except TypeError as e:
    print("TypeError:", e)
print(callable(hello), type(hello).__name__)
