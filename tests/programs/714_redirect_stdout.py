# redirect_stdout into io.StringIO captures what print writes; redirect_stderr likewise; both restore afterwards.
import io
import sys
from contextlib import redirect_stderr, redirect_stdout


def chatty(n):
    for i in range(n):
        print("line", i)
    return n


buffer = io.StringIO()
with redirect_stdout(buffer):
    result = chatty(3)
    print("also captured")
captured = buffer.getvalue()
print("result", result, "captured", repr(captured))
print(captured.splitlines()[-1].upper())
errors = io.StringIO()
with redirect_stderr(errors):
    print("warning!", file=sys.stderr)
print("stderr got", repr(errors.getvalue()), sys.stdout is sys.__stdout__)
out = io.StringIO()
with redirect_stdout(out) as target:
    print(target is out, end="")
print(out.getvalue())
s = io.StringIO("first\nsecond\n")
print(s.readline(), s.read(), s.tell(), s.getvalue() == "first\nsecond\n")
