# LogRecord attributes from coroutines on the virtual clock: created, msecs, relativeCreated, funcName, lineno, module, a record factory.
import asyncio
import logging

records = []


class Keep(logging.Handler):
    def emit(self, record):
        records.append(record)


log = logging.getLogger("rec")
log.addHandler(Keep())
log.setLevel(logging.DEBUG)
old_factory = logging.getLogRecordFactory()


def factory(*args, **kwargs):
    record = old_factory(*args, **kwargs)
    record.tick = len(records) + 1
    return record


logging.setLogRecordFactory(factory)


async def step(name, delay):
    await asyncio.sleep(delay)
    log.debug("%s woke", name)
    return name


async def main():
    log.info("main starts")
    await asyncio.gather(step("fast", 0.125), step("slow", 2.0625))
    log.info("a %(kind)s mapping", {"kind": "dict"})


asyncio.run(main())
log.warning("after the loop", stack_info=False)
for r in records:
    print(r.tick, r.name, r.levelno, r.levelname, r.funcName, r.lineno, r.module, r.filename)
    print("  ", r.created, r.msecs, round(r.relativeCreated, 3), repr(r.msg), r.args, r.getMessage())
    print("  ", r.threadName, r.processName, r.exc_info, r.exc_text, r.stack_info)
logging.setLogRecordFactory(old_factory)
print(logging.getLogRecordFactory() is logging.LogRecord)
made = logging.makeLogRecord({"name": "by.hand", "levelno": 40, "msg": "%d items", "args": (3,)})
print(made.getMessage(), made.name, made.levelno, made.levelname, made.lineno, made.funcName, repr(made.pathname))
print(repr(made))
