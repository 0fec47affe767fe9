# contextlib.ExitStack: a dynamic number of context managers and callbacks, unwound in reverse order.
from contextlib import ExitStack, contextmanager


@contextmanager
def resource(name):
    print("open", name)
    try:
        yield name
    finally:
        print("close", name)


with ExitStack() as stack:
    names = [stack.enter_context(resource(n)) for n in ("db", "cache", "log")]
    stack.callback(print, "callback registered last runs first")
    print("using", names)
print("---")
with ExitStack() as stack:
    stack.enter_context(resource("temp"))
    keep = stack.pop_all()
    print("stack emptied, nothing closes here")
print("now closing what was kept")
keep.close()
print("---")


def swallow(exc_type, exc, tb):
    print("exit callback saw", exc_type.__name__ if exc_type else None)
    return True


with ExitStack() as stack:
    stack.push(swallow)
    stack.enter_context(resource("x"))
    raise RuntimeError("boom")
print("the RuntimeError was swallowed by the pushed exit")
