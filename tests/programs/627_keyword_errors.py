# Wrong keywords and argument counts for asyncio's functions raise TypeError with CPython's messages.
import asyncio


async def job():
    return 1


async def main():
    loop = asyncio.get_running_loop()
    attempts = [
        lambda: asyncio.create_task(job(), nam="x"),
        lambda: loop.create_task(job(), context=None, extra=1),
        lambda: asyncio.gather(job(), return_exception=True),
        lambda: asyncio.wait_for(),
        lambda: asyncio.shield(),
        lambda: asyncio.sleep(1, 2, 3),
        lambda: asyncio.Task(),
        lambda: asyncio.Queue(size=3),
        lambda: asyncio.run(),
        lambda: loop.call_soon(print, "x", delay=1),
        lambda: loop.call_later(),
    ]
    for attempt in attempts:
        try:
            attempt()
            print("no error")
        except TypeError as e:
            print("TypeError:", e)


asyncio.run(main())
