# A thread's time.sleep overlaps the event loop's timers.
import asyncio
import threading
import time


def blocking():
    for i in range(3):
        time.sleep(0.1)
        print("thread tick", i)


async def main():
    for i in range(3):
        await asyncio.sleep(0.25)
        print("loop tick", i)


t = threading.Thread(target=blocking)
t.start()
asyncio.run(main())
t.join()
print("done")
