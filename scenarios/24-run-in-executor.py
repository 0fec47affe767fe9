"""A blocking call holds the event loop; run_in_executor and to_thread move it to a thread."""
import asyncio
import threading
import time

start = time.monotonic()


def elapsed():
    return f"{time.monotonic() - start:.1f}s"


def read_file(name, seconds):
    # Blocking: it has no await, so it holds the thread that runs it until it returns.
    time.sleep(seconds)
    return f"{name}, read in {threading.current_thread().name}"


async def heartbeat():
    while True:
        await asyncio.sleep(0.4)
        print(elapsed(), "  tick")


async def main():
    beat = asyncio.create_task(heartbeat())
    await asyncio.sleep(0.9)

    # 1. Called in the coroutine: the loop's own thread sleeps, so no task can run.
    text = read_file("a.txt", 1)
    print(elapsed(), text)

    # 2. Handed to the loop's default thread pool: the coroutine awaits a future
    #    while the loop goes on running the heartbeat.
    loop = asyncio.get_running_loop()
    text = await loop.run_in_executor(None, read_file, "b.txt", 1)
    print(elapsed(), text)

    # 3. asyncio.to_thread: the same, shorter to write (keyword arguments allowed).
    text = await asyncio.to_thread(read_file, "c.txt", seconds=0.8)
    print(elapsed(), text)

    beat.cancel()


asyncio.run(main())
