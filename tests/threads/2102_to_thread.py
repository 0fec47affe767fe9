# asyncio.to_thread runs a blocking function in a thread and awaits its result.
# realclock
import asyncio
import threading
import time


def blocking(secs):
    time.sleep(secs)
    return threading.current_thread().name.startswith("asyncio")


async def main():
    print("ran in the loop's default pool:", await asyncio.to_thread(blocking, 0.1))


asyncio.run(main())
