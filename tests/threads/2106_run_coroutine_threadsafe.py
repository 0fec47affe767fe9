# run_coroutine_threadsafe submits a coroutine to a loop from another thread.
# realclock
import asyncio
import threading


async def add(a, b):
    await asyncio.sleep(0.1)
    return a + b


def from_a_thread(loop):
    future = asyncio.run_coroutine_threadsafe(add(2, 3), loop)
    print("thread got", future.result())


async def main():
    loop = asyncio.get_running_loop()
    t = threading.Thread(target=from_a_thread, args=(loop,))
    t.start()
    await asyncio.sleep(0.3)
    print("main: the loop kept running")
    await asyncio.to_thread(t.join)


asyncio.run(main())
