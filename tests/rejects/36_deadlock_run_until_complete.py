# expect-exit: 3
# expect-stderr: deadlock
import asyncio

loop = asyncio.new_event_loop()
fut = loop.create_future()
loop.run_until_complete(fut)
