# lru_cache on an async def caches the coroutine object, so a second await fails: the learner's surprise.
import asyncio
from functools import lru_cache


@lru_cache
async def fetch(key):
    print("fetching", key)
    await asyncio.sleep(1)
    return key.upper()


async def main():
    print(await fetch("a"))
    try:
        print(await fetch("a"))
    except RuntimeError as e:
        print("RuntimeError:", e)
    print(fetch.cache_info())
    results = {}

    async def cached_fetch(key):
        if key not in results:
            results[key] = await fetch(key + "!")
        return results[key]

    print(await cached_fetch("b"), await cached_fetch("b"), results)


asyncio.run(main())
