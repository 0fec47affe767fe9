# The oracle's loop logs as python3's does at DEBUG: the selector's name, slow callbacks aside.
import asyncio
import logging
import sys

logging.basicConfig(stream=sys.stdout, level=logging.DEBUG, format="%(name)s %(levelname)s %(message)s")


async def main():
    await asyncio.sleep(0)
    print("ran")


asyncio.run(main())
loop = asyncio.new_event_loop()
loop.close()
