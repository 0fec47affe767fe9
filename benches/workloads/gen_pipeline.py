# Generators in a pipeline: every item passes three generators (each step is an event).
def numbers(n):
    for i in range(n):
        yield i


def squares(xs):
    for x in xs:
        yield x * x


def evens(xs):
    for x in xs:
        if x % 2 == 0:
            yield x


total = 0
for v in evens(squares(numbers(50000))):
    total += v
print(total)


def averager():
    total = 0.0
    count = 0
    average = None
    while True:
        term = yield average
        total += term
        count += 1
        average = total / count


avg = averager()
next(avg)
for i in range(50000):
    last = avg.send(i)
print(last)
