# Handlers: a stdout handler with its own formatter and level next to a stderr one; the last stderr line is compared.
import logging
import sys

log = logging.getLogger("svc")
log.setLevel(logging.DEBUG)
out = logging.StreamHandler(sys.stdout)
out.setLevel(logging.INFO)
out.setFormatter(logging.Formatter("OUT %(levelname)s %(message)s"))
err = logging.StreamHandler()
err.setLevel(logging.ERROR)
err.setFormatter(logging.Formatter("ERR %(name)s %(message)s"))
log.addHandler(out)
log.addHandler(err)
log.debug("dropped by both handlers")
log.info("stdout only")
log.error("both streams")
print(len(log.handlers), out.level, err.stream is sys.stderr, log.hasHandlers())
log.removeHandler(out)
log.info("nowhere now")
log.critical("stderr only, the last line")
