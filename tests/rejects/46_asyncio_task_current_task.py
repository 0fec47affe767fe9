# expect-exit: 2
# expect-stderr: 46_asyncio_task_current_task.py:8:12: error: unsupported: `asyncio.Task.current_task()` (removed in Python 3.9)
# expect-stderr: help: use `asyncio.current_task()` inside a coroutine
import asyncio


async def main():
    task = asyncio.Task.current_task
    print(task())


asyncio.run(main())
