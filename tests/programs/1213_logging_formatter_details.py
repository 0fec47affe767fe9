# Formatter details: validation errors for each style, defaults, field specs, formatTime overrides, converter and msec formats.
import logging
import sys
import time

for fmt, style in (("no fields here", "%"), ("%(name)", "%"), ("{}", "{"), ("plain", "{"),
                   ("{name!x}", "{"), ("$", "$"), ("no dollars", "$"), ("%(x)s", "#")):
    try:
        logging.Formatter(fmt, style=style)
        print("accepted", repr(fmt))
    except ValueError as e:
        print("ValueError:", e)
print(logging.Formatter("raw text", validate=False)._fmt, logging.Formatter()._fmt)
print(logging.Formatter(style="{")._fmt, logging.Formatter(style="$")._fmt)

handler = logging.StreamHandler(sys.stdout)
log = logging.getLogger("fmt")
log.addHandler(handler)
log.setLevel(logging.DEBUG)
formats = [
    ("[%(levelname)-8s] %(levelno)03d %(name)5s %(message)s", "%"),
    ("[{levelname:<8}] {levelno:03d} {name:>5} {message}", "{"),
    ("[${levelname}] $name: $message $$", "$"),
    ("%(asctime)s|%(msecs)d|%(created).1f", "%"),
    ("{asctime} {message!r}", "{"),
    ("$asctime $message", "$"),
]
for fmt, style in formats:
    handler.setFormatter(logging.Formatter(fmt, style=style))
    log.info("style %s", style)
    print(handler.formatter.usesTime())
time.sleep(3723.25)
handler.setFormatter(logging.Formatter("%(asctime)s %(message)s", datefmt="%A %j %H:%M:%S"))
log.warning("a day-of-year datefmt")
utc = logging.Formatter("%(asctime)s %(message)s")
utc.converter = time.gmtime
utc.default_msec_format = "%s.%03d"
handler.setFormatter(utc)
log.warning("gmtime and a dot")
nomsec = logging.Formatter("%(asctime)s %(message)s")
nomsec.default_msec_format = None
nomsec.default_time_format = "%H:%M"
handler.setFormatter(nomsec)
log.warning("no milliseconds")


class Stamp(logging.Formatter):
    def formatTime(self, record, datefmt=None):
        return "t+%.0fms" % record.relativeCreated


handler.setFormatter(Stamp("%(asctime)s %(message)s"))
log.error("overridden formatTime")
handler.setFormatter(logging.Formatter("%(message)s [%(tag)s]", defaults={"tag": "none"}))
log.info("with a default")
log.info("with extra", extra={"tag": "given"})
handler.setFormatter(logging.Formatter("{message} [{tag}]", style="{", defaults={"tag": "-"}))
log.info("brace default")
record = logging.makeLogRecord({"msg": "hand %s", "args": ("made",), "levelno": 20, "levelname": "INFO"})
print(logging.Formatter("%(levelname)s %(message)s").format(record))
print(record.message, logging.Formatter("{message}", style="{").formatMessage(record))
