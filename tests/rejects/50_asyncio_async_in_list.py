# expect-exit: 2
# expect-stderr: 50_asyncio_async_in_list.py:11:18: error: syntax error
# expect-stderr: ^^^^^
# expect-stderr: help: `asyncio.async()` was renamed `asyncio.ensure_future()`
import asyncio

async def hello():
    await asyncio.sleep(1)

loop = asyncio.new_event_loop()
tasks = [asyncio.async(hello()), asyncio.ensure_future(hello())]
loop.run_until_complete(asyncio.wait(tasks))
