"""throw() raises an exception at the paused yield; close() raises GeneratorExit."""
from inspect import getgeneratorstate


def gg():
    print("a")
    while True:
        b = yield
        print(b)


n = gg()
n.send(None)  # prime: run gg up to `b = yield`
print("-")
n.send("b")  # the yield evaluates to 'b'
# The exception is raised inside gg, at the yield. gg does not handle it, so it
# propagates back out of throw() to us, and gg is finished.
try:
    n.throw(Exception("value error"))
except Exception as e:
    print("throw() re-raised:", repr(e))
print(getgeneratorstate(n))


def gg_handles():
    print("a")
    while True:
        try:
            b = yield
        except ValueError as e:
            print("handled inside the generator:", e)
        else:
            print(b)


n = gg_handles()
n.send(None)
n.send("b")
n.throw(ValueError("value error"))  # handled: gg runs on to the next yield
print(getgeneratorstate(n))
n.send("still alive")


def with_cleanup():
    try:
        while True:
            yield
    except GeneratorExit:
        print("GeneratorExit: cleaning up")
        raise
    finally:
        print("finally runs too")


c = with_cleanup()
next(c)
c.close()  # GeneratorExit at the yield; re-raising it is how a generator says "closed"
print(getgeneratorstate(c))
c.close()  # closing a closed generator does nothing
