# call_soon_threadsafe lets a thread schedule a callback on the event loop.
# realclock
import asyncio
import threading
import time


def worker(loop, fut):
    time.sleep(0.1)
    loop.call_soon_threadsafe(fut.set_result, "set from a thread")


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    threading.Thread(target=worker, args=(loop, fut)).start()
    print(await fut)


asyncio.run(main())
