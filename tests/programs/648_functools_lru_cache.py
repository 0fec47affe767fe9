# lru_cache: memoised fibonacci, cache_info() hits/misses, a small maxsize evicting, cache_clear().
from functools import lru_cache


@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(80))
print(fib.cache_info())
print(fib(10), fib.cache_info().hits)
calls = []


@lru_cache(maxsize=2)
def square(x):
    calls.append(x)
    return x * x


for x in [1, 2, 1, 3, 1, 2]:
    square(x)
print(calls, square.cache_info())
square.cache_clear()
print(square.cache_info(), square.cache_parameters())


@lru_cache
def slow_add(a, b=0):
    calls.append((a, b))
    return a + b


print(slow_add(1, 2), slow_add(1, b=2), slow_add(a=1, b=2), slow_add(1, 2), slow_add.cache_info())
print(slow_add.__name__, slow_add.__wrapped__(5), type(slow_add).__name__)
try:
    square([1])
except TypeError as e:
    print("TypeError:", e)
