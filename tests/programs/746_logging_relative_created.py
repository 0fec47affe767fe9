# %(relativeCreated)d and %(msecs)d: milliseconds since logging started and within the second, on the virtual clock.
import logging
import sys
import time

logging.basicConfig(stream=sys.stdout, level=logging.INFO,
                    format="%(relativeCreated)6d ms | %(asctime)s | %(msecs)03d | %(message)s")
for step in (0.1, 0.25, 0.5, 1.0, 0.001):
    time.sleep(step)
    logging.info("after sleeping %s", step)
record = logging.makeLogRecord({"msg": "made by hand", "created": 1_700_000_000.5})
print(record.getMessage(), record.created, record.levelname, record.name)
