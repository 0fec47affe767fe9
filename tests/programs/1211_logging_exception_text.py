# Tracebacks in log records: exception(), exc_info=True/instance/tuple, chained causes, a coroutine's failure, cached exc_text.
import asyncio
import logging
import sys

handler = logging.StreamHandler(sys.stdout)
handler.setFormatter(logging.Formatter("%(levelname)s %(funcName)s:%(lineno)d %(message)s"))
log = logging.getLogger("errors")
log.addHandler(handler)
log.propagate = False


def check(amount):
    if amount < 0:
        raise ValueError(f"negative amount: {amount}")
    return amount


def convert(text):
    try:
        check(int(text))
    except ValueError as e:
        raise RuntimeError("conversion failed") from e


try:
    check(-3)
except ValueError:
    log.exception("check failed")

try:
    convert("-5")
except RuntimeError as err:
    log.error("with a cause", exc_info=err)
    saved = (type(err), err, err.__traceback__)

log.warning("a saved exc_info tuple", exc_info=saved)
log.info("nothing is being handled", exc_info=True)

try:
    try:
        raise KeyError("first")
    except KeyError:
        raise LookupError("second")
except LookupError:
    log.critical("during handling of another")


async def job():
    await asyncio.sleep(0.5)
    raise TimeoutError("job took too long")


async def main():
    try:
        await job()
    except TimeoutError:
        log.exception("job failed at %.1f", asyncio.get_running_loop().time())


asyncio.run(main())

second = logging.StreamHandler(sys.stdout)
second.setFormatter(logging.Formatter("second: %(message)s"))
log.addHandler(second)
try:
    raise OSError("disk full")
except OSError:
    log.error("both handlers show one traceback")


class Short(logging.Formatter):
    def formatException(self, ei):
        return "!! " + ei[0].__name__ + ": " + str(ei[1])


handler.setFormatter(Short("%(message)s"))
try:
    raise ZeroDivisionError("division by zero")
except ZeroDivisionError:
    log.exception("short form")
