"""A generator's return value travels in StopIteration.value; yield from unwraps it."""


class Result:
    """What averager returns (the notes' source uses a collections.namedtuple)."""

    def __init__(self, count, average):
        self.count = count
        self.average = average

    def __repr__(self):
        return f"Result(count={self.count}, average={self.average})"


def averager():
    total = 0.0
    count = 0
    average = None
    while True:
        term = yield
        if term is None:
            break
        total += term
        count += 1
        average = total / count
    return Result(count, average)


# By hand: the result appears only when the coroutine ends normally, attached to the
# StopIteration that ends it.
coro_avg = averager()
next(coro_avg)
coro_avg.send(10)
coro_avg.send(30)
coro_avg.send(6.5)
try:
    coro_avg.send(None)
except StopIteration as exc:
    result = exc.value
print("StopIteration.value:", result)


# With `yield from`: what we send to `delegator` goes straight through to the averager;
# when the averager returns, yield from swallows the StopIteration and evaluates to its
# value.
def delegator():
    result = yield from averager()
    print("yield from evaluated to", result)
    yield "delegator is done"


d = delegator()
next(d)
d.send(10)
d.send(30)
d.send(6.5)
print(d.send(None))


# yield from also works on any iterable: it replaces `for x in it: yield x`.
def chain(*iterables):
    for it in iterables:
        yield from it


print(list(chain("AB", range(3))))
