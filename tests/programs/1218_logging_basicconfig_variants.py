# basicConfig: only once unless force=True, handlers=, style and datefmt, and the errors for conflicting or unknown arguments.
import io
import logging
import sys

logging.basicConfig(stream=sys.stdout, format="first %(message)s")
logging.basicConfig(stream=sys.stdout, format="second %(message)s")
logging.warning("the second call changed nothing")
print(len(logging.root.handlers), logging.root.level)
for kwargs in ({"colour": "red"}, {"stream": sys.stdout, "handlers": []}, {"style": "?"},
               {"force": True, "stream": sys.stdout, "filename": "x.log"}):
    try:
        logging.basicConfig(**kwargs)
        print("accepted", sorted(kwargs))
    except ValueError as e:
        print("ValueError:", e)
print(len(logging.root.handlers))
logging.basicConfig(force=True, stream=sys.stdout, style="{", format="{levelname}/{name}: {message}", level=logging.DEBUG)
logging.debug("after force, %s style", "brace")
print(len(logging.root.handlers), logging.root.level)
mine = logging.StreamHandler(sys.stdout)
mine.setFormatter(logging.Formatter("mine> %(message)s"))
plain = logging.StreamHandler(sys.stdout)
logging.basicConfig(force=True, handlers=[mine, plain], format="basic> %(message)s", datefmt="%H:%M")
logging.info("info is hidden again? level stays DEBUG: %s", logging.root.level)
logging.basicConfig(force=True, stream=sys.stdout, style="$", format="$levelname $message", level="WARNING")
logging.info("hidden")
logging.error("dollar style")
logging.basicConfig(force=True, stream=sys.stdout, format="%(asctime)s %(message)s", datefmt="%Y/%m/%d")
logging.critical("datefmt only")
logging.basicConfig(force=True, stream=sys.stdout)
logging.warning("the default format")
logging.log(logging.ERROR, "module-level log(%s)", "ERROR")
logging.fatal("fatal is critical")
logging.root.handlers.clear()
buffer = io.StringIO()
sys.stderr = buffer
logging.warning("a bare call configures the root logger on stderr")
sys.stderr = sys.__stderr__
print(repr(buffer.getvalue()), [type(h).__name__ for h in logging.root.handlers])
