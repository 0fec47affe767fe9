# A new user's everyday program: basicConfig with asctime, tasks that log around sleeps, a failure logged with its traceback.
import asyncio
import logging
import sys

logging.basicConfig(
    level=logging.INFO,
    format="%(asctime)s %(levelname)s %(message)s",
    stream=sys.stdout,
)
log = logging.getLogger(__name__)


sizes = {}


async def download(name, seconds):
    log.info("downloading %s", name)
    await asyncio.sleep(seconds)
    if name == "broken.zip":
        raise ConnectionError(f"lost connection while fetching {name}")
    log.info("finished %s in %.1f s", name, seconds)
    sizes[name] = len(name)


async def worker(queue, number):
    while True:
        item = await queue.get()
        log.debug("worker %d took %s", number, item)
        try:
            await download(item, 0.75 * number)
            log.info("worker %d: %s is %d bytes", number, item, sizes[item])
        except ConnectionError:
            log.exception("worker %d gave up on %s", number, item)
        finally:
            queue.task_done()


async def main():
    log.info("starting with %d files", 4)
    queue = asyncio.Queue()
    for name in ("a.txt", "broken.zip", "c.csv", "notes.md"):
        queue.put_nowait(name)
    workers = [asyncio.create_task(worker(queue, n)) for n in (1, 2)]
    await queue.join()
    for w in workers:
        w.cancel()
    results = await asyncio.gather(*workers, return_exceptions=True)
    log.warning("workers stopped: %s", [type(r).__name__ for r in results])
    elapsed = asyncio.get_running_loop().time()
    log.info("all done after %.2f virtual seconds", elapsed)


asyncio.run(main())
logging.info("back in sync code")
print(log.name, log.getEffectiveLevel(), logging.getLevelName(log.getEffectiveLevel()))
