# expect-exit: 2
# expect-stderr: 1245_logging_logger_warn.py:6: coroviz does not model `Logger.warn` (deprecated; its DeprecationWarning) yet
import logging

log = logging.getLogger("old")
log.warn("the deprecated spelling")
