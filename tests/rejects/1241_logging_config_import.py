# expect-exit: 2
# expect-stderr: 1241_logging_config_import.py:5:
# expect-stderr: error: unsupported: `import` of module `logging.config`
import logging
import logging.config

logging.config.dictConfig({"version": 1})
