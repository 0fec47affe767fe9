"""Ending a coroutine: an unhandled exception kills it; a sentinel ends it."""
from inspect import getgeneratorstate


def averager():
    total = 0.0
    count = 0
    average = None
    while True:
        term = yield average
        if term is None:  # the sentinel: leave the loop, end normally
            break
        total += term
        count += 1
        average = total / count
    print("   averager: got the sentinel after", count, "terms")


coro_avg = averager()
next(coro_avg)  # prime
print(coro_avg.send(40))
print(coro_avg.send(50))

# 'spam' cannot be added to a float: the TypeError is raised inside averager, is not
# handled there, and bubbles up to whoever called send().
try:
    coro_avg.send("spam")
except TypeError as e:
    print("TypeError came out of send():", e)
print("state after the exception:", getgeneratorstate(coro_avg))
try:
    coro_avg.send(60)
except StopIteration:
    print("a dead coroutine only raises StopIteration")

# The polite way out: send a sentinel the coroutine checks for (None here; Ellipsis is
# another common choice).
coro_avg = averager()
next(coro_avg)
coro_avg.send(10)
coro_avg.send(20)
try:
    coro_avg.send(None)
except StopIteration:
    print("the sentinel ended it: StopIteration")
print("state:", getgeneratorstate(coro_avg))
