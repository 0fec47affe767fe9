# Handlers on an io.StringIO, setStream, reprs, a StreamHandler that keeps the sys.stdout it saw, lastResort reading sys.stderr each time.
import contextlib
import io
import logging
import sys

buffer = io.StringIO()
handler = logging.StreamHandler(buffer)
handler.setFormatter(logging.Formatter("%(name)s: %(message)s"))
log = logging.getLogger("buffered")
log.addHandler(handler)
log.warning("into the buffer")
log.error("again, %s", "twice")
print(repr(buffer.getvalue()))
print(repr(handler), repr(logging.StreamHandler(sys.stdout)), repr(logging.StreamHandler()))
print(repr(logging.NullHandler()), repr(logging.Handler(logging.ERROR)))
other = io.StringIO()
old = handler.setStream(other)
print(old is buffer, handler.setStream(other))
log.warning("into the other buffer")
print(repr(other.getvalue()), repr(buffer.getvalue()[-6:]))
handler.terminator = " | "
log.warning("a")
log.warning("b")
print(repr(other.getvalue()))
log.removeHandler(handler)

caught = io.StringIO()
with contextlib.redirect_stdout(caught):
    seen_now = logging.StreamHandler(sys.stdout)
late = logging.getLogger("late")
late.addHandler(seen_now)
late.warning("goes to the real stdout: the handler kept the redirected one? no: it kept the StringIO")
print("caught:", repr(caught.getvalue()))

err = io.StringIO()
saved = sys.stderr
sys.stderr = err
logging.getLogger("nohandlers").warning("lastResort writes to sys.stderr as it is now")
logging.getLogger("nohandlers").info("below lastResort's WARNING")
sys.stderr = saved
print("lastResort:", repr(err.getvalue()), logging.lastResort.level, repr(logging.lastResort))
logging.lastResort = None
logging.getLogger("nohandlers").warning("no lastResort: a note once")
logging.getLogger("nohandlers").warning("and only once")
print("end")
