# contextlib corners: ExitStack chaining callback errors, nested redirects, print to a custom writer, StringIO seeks.
import io
import sys
from contextlib import ExitStack, contextmanager, nullcontext, redirect_stdout, suppress


def failing(label):
    def cb(*exc):
        raise ValueError(label)
    return cb


try:
    with ExitStack() as stack:
        stack.push(failing("first"))
        stack.push(failing("second"))
        raise KeyError("body")
except ValueError as e:
    print("outer", repr(e), "context", repr(e.__context__), "its context", repr(e.__context__.__context__))


class Pieces:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)
        return len(s)


p = Pieces()
print("a", 1, None, sep="|", end="!\n", file=p)
print(p.parts)
outer, inner = io.StringIO(), io.StringIO()
with redirect_stdout(outer):
    print("to outer")
    with redirect_stdout(inner):
        print("to inner")
    print("outer again")
print(repr(outer.getvalue()), repr(inner.getvalue()), sys.stdout is sys.__stdout__)
buf = io.StringIO()
buf.write("hello world")
buf.seek(6)
buf.write("there")
print(buf.getvalue(), buf.tell(), buf.seek(0), buf.read(5), buf.readlines())
lines = io.StringIO("x\ny\nz")
print([line for line in lines], lines.read(), lines.closed)
with io.StringIO("abc") as f:
    print(f.read(2), f.read())
print(f.closed)
try:
    f.getvalue()
except ValueError as e:
    print("ValueError:", e)


@contextmanager
def stop_inside():
    yield
    print("after yield")


with suppress(ZeroDivisionError), stop_inside():
    1 / 0
print("suppressed around a generator manager")
with nullcontext(5) as five, ExitStack() as es:
    es.callback(print, "callback with", five)
try:
    ExitStack().enter_context(object())
except TypeError as e:
    print("TypeError:", e)
