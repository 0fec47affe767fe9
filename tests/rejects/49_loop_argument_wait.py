# expect-exit: 2
# expect-stderr: 49_loop_argument_wait.py:8:49: error: unsupported: the `loop` argument of `asyncio.wait()` (removed in Python 3.10)
import asyncio

loop = asyncio.new_event_loop()
tasks = [loop.create_task(asyncio.sleep(1))]
try:
    loop.run_until_complete(asyncio.wait(tasks, loop=loop))
finally:
    loop.close()
