# An event loop can run in a thread of its own while the main thread does other things.
# realclock
import asyncio
import threading
import time


async def job():
    await asyncio.sleep(0.2)
    print("loop thread:", threading.current_thread().name)


t = threading.Thread(target=asyncio.run, args=(job(),), name="loop-thread")
t.start()
time.sleep(0.1)
print("main: the loop runs elsewhere")
t.join()
