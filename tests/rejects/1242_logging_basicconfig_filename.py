# expect-exit: 2
# expect-stderr: 1242_logging_basicconfig_filename.py:5: coroviz does not model log files (`logging.basicConfig(filename=...)`) yet
import logging

logging.basicConfig(filename="app.log", level=logging.INFO)
logging.info("to a file")
