# expect-exit: 2
# expect-stderr: 1240_logging_file_handler.py:7:
# expect-stderr: error: unsupported: `logging.FileHandler`
import logging

log = logging.getLogger("app")
log.addHandler(logging.FileHandler("app.log"))
log.warning("to a file")
