# Logging from coroutines: timestamps from the virtual clock, a %(threadName)s, and which task logged.
import asyncio
import logging
import sys

logging.basicConfig(stream=sys.stdout, level=logging.DEBUG,
                    format="%(asctime)s.%(msecs)03d %(threadName)s %(name)s %(levelname)s %(message)s",
                    datefmt="%H:%M:%S")
log = logging.getLogger("crawler")


async def fetch(url, delay):
    log.info("start %s", url)
    await asyncio.sleep(delay)
    log.debug("done %s after %.2fs (task %s)", url, delay, asyncio.current_task().get_name())
    return len(url)


async def main():
    sizes = await asyncio.gather(fetch("a.org", 0.5), fetch("bb.org", 1.25), fetch("c.io", 0.25))
    log.warning("sizes %s", sizes)


asyncio.run(main())
