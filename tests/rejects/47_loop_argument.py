# expect-exit: 2
# expect-stderr: 47_loop_argument.py:10:28: error: unsupported: the `loop` argument of `asyncio.sleep()` (removed in Python 3.10)
# expect-stderr: ^^^^^^^^^
# expect-stderr: help: drop `loop=`: `asyncio.sleep()` uses the running event loop
import asyncio

loop = asyncio.new_event_loop()

async def hello():
    await asyncio.sleep(1, loop=loop)

loop.run_until_complete(hello())
