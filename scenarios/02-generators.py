"""Generators compute values one at a time, on demand: genexprs and yield."""
from collections.abc import Iterator

# A list comprehension builds every element at once ...
squares_list = [x * x for x in range(5)]
print(type(squares_list).__name__, squares_list)

# ... a generator expression (round brackets) computes one element per next().
squares_gen = (x * x for x in range(5))
print(type(squares_gen).__name__, "is an Iterator:", isinstance(squares_gen, Iterator))
print(next(squares_gen))
print(next(squares_gen))
for s in squares_gen:  # the for loop carries on where next() stopped
    print("for got", s)


# A function with `yield` in its body is a generator function: calling it runs nothing
# yet, it returns a generator. Each next() runs the body up to the next yield.
def odd():
    print("step 1")
    yield 1
    print("step 2")
    yield 3
    print("step 3")
    yield 5


o = odd()
print("odd() returned a", type(o).__name__)
print(next(o))
print(next(o))
print(next(o))
try:
    next(o)
except StopIteration:
    print("StopIteration: the body ran off its end")


def fib(limit):
    """The first `limit` Fibonacci numbers, one per next()."""
    a, b = 0, 1
    for _ in range(limit):
        yield b
        a, b = b, a + b


for f in fib(6):
    print("fib", f)
print(list(fib(10)))

# range() is the everyday lazy sequence: iterable, but it is not itself an iterator.
print("range is an Iterator:", isinstance(range(3), Iterator), sum(range(101)))
