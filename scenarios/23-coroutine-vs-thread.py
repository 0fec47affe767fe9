"""The same job, three downloads, done by threads and then by coroutines."""
import asyncio
import threading
import time

PAGES = [("home", 3), ("news", 1), ("blog", 2)]  # page, seconds its download takes


def elapsed(start):
    return f"{time.monotonic() - start:.1f}s"


# Threads: the operating system switches between them; a blocking call blocks
# only the thread that makes it.
def download(page, seconds, start):
    time.sleep(seconds)
    print(elapsed(start), page, "downloaded by", threading.current_thread().name)


start = time.monotonic()
threads = [
    threading.Thread(target=download, args=(page, s, start), name=f"thread-{page}")
    for page, s in PAGES
]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(elapsed(start), "threads: all done")


# Coroutines: one thread, and the program says where to switch: each await hands
# the loop back so another task can run.
async def download_async(page, seconds, start):
    await asyncio.sleep(seconds)
    print(elapsed(start), page, "downloaded by", threading.current_thread().name)


async def main():
    start = time.monotonic()
    await asyncio.gather(*(download_async(page, s, start) for page, s in PAGES))
    print(elapsed(start), "coroutines: all done")

    # The weak spot: a blocking call inside a coroutine stops every task.
    start = time.monotonic()
    await asyncio.gather(*(blocking_download(page, s, start) for page, s in PAGES))
    print(elapsed(start), "coroutines with time.sleep: all done")


async def blocking_download(page, seconds, start):
    time.sleep(seconds)  # no await: the loop cannot run anything else meanwhile
    print(elapsed(start), page, "downloaded, blocking the loop")


asyncio.run(main())
