# logging.basicConfig to stdout with a format of asctime (virtual clock), levelname, name and message.
import logging
import sys
import time

logging.basicConfig(stream=sys.stdout, level=logging.INFO,
                    format="%(asctime)s %(levelname)-8s %(name)s: %(message)s")
log = logging.getLogger("shop")
log.debug("not shown: below INFO")
log.info("opening at %s", "9am")
time.sleep(1.5)
log.warning("low stock: %d left of %s", 3, "tea")
time.sleep(61)
log.error("payment failed for order %r", {"id": 7})
log.critical("shutting down")
logging.info("the root logger %s", "too")
print(logging.getLevelName(logging.WARNING), logging.getLevelName(25), logging.WARNING, log.level, log.getEffectiveLevel())
