# expect-exit: 2
# expect-stderr: 1244_logging_handlers_module.py:4:
# expect-stderr: error: unsupported: `import` of module `logging.handlers`
from logging.handlers import RotatingFileHandler

handler = RotatingFileHandler("app.log", maxBytes=1000)
