# expect-exit: 2
# expect-stderr: 1243_logging_capture_warnings.py:6:
# expect-stderr: error: unsupported: `logging.captureWarnings`
import logging

logging.captureWarnings(True)
