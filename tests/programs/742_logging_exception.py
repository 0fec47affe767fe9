# logger.exception logs at ERROR with the traceback; exc_info=True on other levels; stack traces to stdout.
import logging
import sys

logging.basicConfig(stream=sys.stdout, format="[%(levelname)s] %(message)s")
log = logging.getLogger("worker")


def parse(text):
    return int(text)


for text in ("12", "twelve"):
    try:
        print("parsed", parse(text))
    except ValueError:
        log.exception("could not parse %r", text)
try:
    {}["key"]
except KeyError:
    log.warning("missing key, continuing", exc_info=True)
log.error("no exception active", exc_info=True)
