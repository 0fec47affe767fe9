# Custom level names, levels given as strings, log() with a bad level, extra= clashes, LoggerAdapter subclasses.
import logging
import sys

logging.basicConfig(stream=sys.stdout, level="DEBUG", format="%(levelname)s[%(levelno)d] %(name)s %(message)s")
NOTICE = 25
logging.addLevelName(NOTICE, "NOTICE")
log = logging.getLogger("lvl")
log.log(NOTICE, "a notice at %d", NOTICE)
log.log(5, "below DEBUG: hidden")
logging.root.setLevel(1)
log.log(5, "now shown with its made-up name")
print(logging.getLevelName(NOTICE), logging.getLevelName("NOTICE"), logging.getLevelName("nope"), logging.getLevelName(0))
print(logging.getLevelName("WARN"), logging.getLevelName("FATAL"), logging.FATAL, logging.WARN)
mapping = logging.getLevelNamesMapping()
print(sorted(mapping.items(), key=lambda kv: (kv[1], kv[0])))
for bad in ("LOUD", 2.5, None):
    try:
        log.setLevel(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
log.setLevel("INFO")
print(log.level, log.getEffectiveLevel())
try:
    log.log("INFO", "level as a string")
except TypeError as e:
    print("TypeError:", e)
log.info("with extra: %s", "ok", extra={"user": "ana"})
for key in ("name", "message", "asctime", "levelno"):
    try:
        log.info("clash", extra={key: "x"})
    except KeyError as e:
        print("KeyError:", e)


class Prefixed(logging.LoggerAdapter):
    def process(self, msg, kwargs):
        return "[%s] %s" % (self.extra["request"], msg), kwargs


adapter = Prefixed(log, {"request": "r-17"})
adapter.info("handled in %d ms", 12)
adapter.log(NOTICE, "notice through the adapter")
adapter.debug("hidden: below INFO")
print(adapter.isEnabledFor(logging.DEBUG), adapter.getEffectiveLevel(), adapter.name, repr(adapter))
adapter.setLevel(logging.DEBUG)
adapter.debug("shown after setLevel through the adapter")
print(adapter.manager is logging.Logger.manager, adapter.hasHandlers())
plain = logging.LoggerAdapter(log, {"user": "bo"})
handler = logging.root.handlers[0]
handler.setFormatter(logging.Formatter("%(user)s did %(message)s"))
plain.warning("something")
try:
    raise ValueError("bad input")
except ValueError:
    handler.setFormatter(logging.Formatter("%(levelname)s %(user)s %(message)s"))
    plain.exception("adapter exception")
