# Filters by name and as plain functions, logger-level filters, NullHandler, named handlers, removeFilter, close and shutdown.
import logging
import sys

out = logging.StreamHandler(sys.stdout)
out.setFormatter(logging.Formatter("%(name)s: %(message)s"))
root = logging.getLogger()
root.addHandler(out)
root.setLevel(logging.INFO)
only_db = logging.Filter("app.db")
for name in ("app.db", "app.db.pool", "app.dbx", "app", "other"):
    record = logging.makeLogRecord({"name": name})
    print(name, only_db.filter(record), logging.Filter().filter(record))
out.addFilter(only_db)
out.addFilter(only_db)
print(len(out.filters))
for name in ("app.db", "app.db.pool", "app.dbx", "app"):
    logging.getLogger(name).info("through the handler filter")
out.removeFilter(only_db)
out.removeFilter(only_db)


def no_digits(record):
    return not any(ch.isdigit() for ch in record.getMessage())


def shout(record):
    record.msg = record.msg.upper()
    return True


app = logging.getLogger("app")
app.addFilter(no_digits)
app.addFilter(shout)
app.info("plain words")
app.info("has 1 digit")
logging.getLogger("app.child").info("a child's records skip the parent's filters")
print(len(app.filters), app.filter(logging.makeLogRecord({"msg": "x2"})))
app.removeFilter(no_digits)
app.info("digits 123 pass now")
lib = logging.getLogger("lib")
lib.addHandler(logging.NullHandler())
lib.propagate = False
lib.error("swallowed by NullHandler")
print(lib.hasHandlers(), lib.handlers[0].handle(logging.makeLogRecord({})))
out.name = "console"
print(out.name, out.get_name(), repr(out))
out.set_name("renamed")
print(out.name)
try:
    logging.Handler().emit(logging.makeLogRecord({}))
except NotImplementedError as e:
    print("NotImplementedError:", e)


class Counting(logging.Handler):
    def __init__(self):
        super().__init__(logging.WARNING)
        self.count = 0
        self.flushed = 0

    def emit(self, record):
        self.count += 1

    def flush(self):
        self.flushed += 1


counter = Counting()
root.addHandler(counter)
root.info("below the counter's level")
root.warning("counted")
root.error("counted too")
logging.shutdown()
print(counter.count, counter.flushed, counter.level, logging.getLevelName(counter.level))
root.warning("handlers still work after shutdown")
print(counter.count)
