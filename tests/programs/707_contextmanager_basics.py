# @contextmanager: code before yield runs on enter, after it on exit; the yielded value is bound by `as`.
from contextlib import contextmanager


@contextmanager
def tag(name):
    print(f"<{name}>")
    yield name.upper()
    print(f"</{name}>")


with tag("p") as value:
    print("inside, got", value)
with tag("ul"):
    for item in ("a", "b"):
        with tag("li"):
            print(item)


@contextmanager
def indented(level=[0]):
    level[0] += 1
    try:
        yield "  " * level[0]
    finally:
        level[0] -= 1


with indented() as pad:
    print(pad + "one")
    with indented() as pad2:
        print(pad2 + "two")
    print(pad + "back")
cm = tag("reused")
with cm:
    pass
try:
    with cm:
        pass
except (RuntimeError, AttributeError) as e:
    print(type(e).__name__, e)
