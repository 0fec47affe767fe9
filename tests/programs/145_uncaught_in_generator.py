# An uncaught exception inside a generator consumed by a comprehension: traceback through all frames.
def gen(items):
    for item in items:
        yield 10 // item


def consume():
    return [v for v in gen([5, 2, 0, 1])]


print("start")
try:
    consume()
except ZeroDivisionError as e:
    print("caught once:", e)
print(consume())
