# Logger hierarchy: dotted names, parents, propagation, per-logger levels and getEffectiveLevel.
import logging
import sys

logging.basicConfig(stream=sys.stdout, format="%(levelname)s:%(name)s:%(message)s")
app = logging.getLogger("app")
db = logging.getLogger("app.db")
cache = logging.getLogger("app.cache")
print(db.parent is app, app.parent is logging.getLogger(), logging.getLogger("app.db") is db)
print(app, db, logging.getLogger(), db.getEffectiveLevel(), db.name)
db.warning("root level is WARNING, so this shows")
db.info("hidden")
app.setLevel(logging.DEBUG)
db.info("now app is DEBUG, db inherits it: %d", db.getEffectiveLevel())
cache.setLevel(logging.ERROR)
cache.warning("hidden: cache is ERROR")
cache.error("shown")
print(app, cache, db.isEnabledFor(logging.DEBUG), cache.isEnabledFor(logging.WARNING))
quiet = logging.getLogger("app.quiet")
quiet.propagate = False
quiet.error("no handler of its own and no propagation: goes nowhere... or to lastResort on stderr")
logging.disable(logging.CRITICAL)
app.critical("disabled")
logging.disable(logging.NOTSET)
app.critical("enabled again")
