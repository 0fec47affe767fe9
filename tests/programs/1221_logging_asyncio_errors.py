# asyncio's error reports go through the "asyncio" logger: with basicConfig on stdout they take the program's format.
import asyncio
import logging
import sys

logging.basicConfig(stream=sys.stdout, format="%(asctime)s %(name)s %(levelname)s %(funcName)s: %(message)s")


async def fails():
    await asyncio.sleep(0.25)
    raise ValueError("nobody awaits me")


async def main():
    loop = asyncio.get_running_loop()
    loop.call_exception_handler({"message": "a report of our own"})
    task = asyncio.create_task(fails())
    await asyncio.sleep(0.5)
    print("task done:", task.done())
    del task
    await asyncio.sleep(0.1)
    logging.getLogger("asyncio").setLevel(logging.CRITICAL)
    loop.call_exception_handler({"message": "below CRITICAL: not shown"})
    logging.getLogger("asyncio").setLevel(logging.NOTSET)
    orphan = asyncio.create_task(fails())
    await asyncio.sleep(1)
    print("orphan done:", orphan.done())


asyncio.run(main())
print("end")
