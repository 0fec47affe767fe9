# expect-exit: 2
# expect-stderr: 18_asyncio_async.py:7:
# expect-stderr: error: syntax error
# expect-stderr: help: `asyncio.async()` was renamed `asyncio.ensure_future()`; `async` is a keyword since Python 3.7
import asyncio
loop = asyncio.get_event_loop()
task = asyncio.async(asyncio.sleep(1))
