# expect-exit: 2
# expect-stderr: 45_asyncio_task_all_tasks.py:12:17: error: unsupported: `asyncio.Task.all_tasks()` (removed in Python 3.9)
# expect-stderr: for task in asyncio.Task.all_tasks():
# expect-stderr: ^^^^^^^^^^^^^^^^^^^^^^
# expect-stderr: help: use `asyncio.all_tasks()` inside a coroutine, or `asyncio.all_tasks(loop)` outside one
import asyncio

loop = asyncio.new_event_loop()
try:
    loop.run_until_complete(asyncio.sleep(1))
except KeyboardInterrupt:
    for task in asyncio.Task.all_tasks():
        print(task.cancel())
