# Mistakes in logging calls: wrong %-arguments and a bad format report "--- Logging error ---" on stderr and the program goes on.
import logging
import sys

logging.basicConfig(stream=sys.stdout, format="%(levelname)s %(message)s")
log = logging.getLogger("oops")
log.warning("fine: %s and %d", "text", 3)
log.warning("one placeholder, two values: %s", 1, 2)
print("still running")
log.warning("a %d placeholder for text", "seven")
log.warning("a dict as the only argument: %(a)s", {"a": 1})
log.warning("an empty dict stays an argument: %s", {})
log.warning("a tuple argument %s", (1, 2))
logging.raiseExceptions = False
log.warning("swallowed: %s %s", "only one")
print("raiseExceptions off, nothing printed")
logging.raiseExceptions = True
handler = logging.root.handlers[0]
handler.setFormatter(logging.Formatter("%(levelname)s %(missing)s"))
log.error("the format names a field the record lacks")
print("after the bad format")
handler.setFormatter(logging.Formatter("%(levelname)s %(message)s"))
log.error("one value, no placeholder", 5)
