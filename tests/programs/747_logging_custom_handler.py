# A custom Handler that collects records in a list, a Filter that drops some, and LoggerAdapter adding context.
import logging


class ListHandler(logging.Handler):
    def __init__(self):
        super().__init__()
        self.lines = []

    def emit(self, record):
        self.lines.append(self.format(record))


class NoSecrets(logging.Filter):
    def filter(self, record):
        return "password" not in record.getMessage()


log = logging.getLogger("audit")
log.setLevel(logging.INFO)
collector = ListHandler()
collector.setFormatter(logging.Formatter("%(levelname)s %(user)s %(message)s", defaults={"user": "-"}))
collector.addFilter(NoSecrets())
log.addHandler(collector)
log.info("login")
log.info("password is hunter2")
adapter = logging.LoggerAdapter(log, {"user": "ana"})
adapter.warning("changed settings")
adapter.info("logout")
for line in collector.lines:
    print(line)
print(len(collector.lines), collector.level, logging.getLevelName(collector.level))
