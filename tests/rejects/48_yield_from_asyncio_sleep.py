# expect-exit: 2
# expect-stderr: 48_yield_from_asyncio_sleep.py:9:9: error: unsupported: `yield from asyncio.sleep(...)` in a generator (generator-based coroutines were removed in Python 3.11)
# expect-stderr: help: make the function `async def` and write `await asyncio.sleep(...)`
import asyncio


def hello():
    print("Hello world!")
    r = yield from asyncio.sleep(1)
    print("Hello again!")


loop = asyncio.new_event_loop()
loop.run_until_complete(hello())
