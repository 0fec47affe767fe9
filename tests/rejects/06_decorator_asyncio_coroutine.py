# expect-exit: 2
# expect-stderr: 06_decorator_asyncio_coroutine.py:5:1: error: unsupported: `@asyncio.coroutine` (removed in Python 3.11)
# expect-stderr: help: write `async def` and use `await` where the generator used `yield from`
import asyncio
@asyncio.coroutine
def hello():
    yield from asyncio.sleep(1)
