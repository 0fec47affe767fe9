# RecursionError inside a task: caught in the task, or raised out of it to the awaiting code.
import asyncio


def deep(n):
    return deep(n + 1) + 1


async def guarded():
    try:
        deep(0)
    except RecursionError as e:
        return f"caught: {e}"


async def unguarded():
    deep(0)


async def main():
    print(await guarded())
    task = asyncio.create_task(unguarded())
    try:
        await task
    except RecursionError as e:
        print("awaiting code sees", type(e).__name__, e)
    print(task.done(), type(task.exception()).__name__)


asyncio.run(main())
