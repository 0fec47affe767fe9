"""A coroutine runs only inside a loop; a Task wraps it and tracks its state."""
import asyncio
import time

now = lambda: time.time()


# `async def` makes do_work a coroutine function: calling it returns a coroutine object
# and runs none of its body.
async def do_work(x):
    print("waiting:", x)


start = now()
loop = asyncio.new_event_loop()  # the notes: asyncio.get_event_loop()
asyncio.set_event_loop(loop)
loop.run_until_complete(do_work(3))  # a bare coroutine: wrapped in a task for us
print("Time:", now() - start)

# The notes' second example, as written: a task wraps the coroutine, and then the
# *coroutine* is passed to run_until_complete, which wraps it in a second task.
coroutine = do_work(3)
task = loop.create_task(coroutine)
try:
    loop.run_until_complete(coroutine)
except RuntimeError as e:
    print("RuntimeError:", e)
print(task.get_name(), "done?", task.done())

# Fixed: run the task itself. A Task is a Future that drives a coroutine.
task = loop.create_task(do_work(4))  # or asyncio.ensure_future(do_work(4))
print(task.get_name(), "before the loop runs it: done?", task.done())
loop.run_until_complete(task)
print(task.get_name(), "after: done?", task.done(), "result:", task.result())
print("a Task is a Future:", isinstance(task, asyncio.Future))
loop.close()
