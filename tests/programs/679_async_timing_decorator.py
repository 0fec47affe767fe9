# A timing decorator for coroutines with functools.wraps and time.monotonic on the virtual clock.
import asyncio
import functools
import time


def timed(func):
    @functools.wraps(func)
    async def wrapper(*args, **kwargs):
        start = time.monotonic()
        try:
            return await func(*args, **kwargs)
        finally:
            print(f"{func.__name__} took {time.monotonic() - start:.2f}s")
    return wrapper


@timed
async def download(name, seconds):
    """Pretend to download something."""
    await asyncio.sleep(seconds)
    return f"{name}: done"


async def main():
    print(await download("small", 0.5))
    print(await asyncio.gather(download("a", 1), download("b", 2.25)))
    print(download.__name__, download.__doc__, asyncio.iscoroutinefunction(download))


asyncio.run(main())
