"""await suspends the coroutine; task.result() reads what it returned."""
import asyncio
import time

now = lambda: time.time()


async def do_some_work(x):
    print("waiting:", x)
    await asyncio.sleep(x)  # suspended here: a timer will wake it x seconds later
    return "Done after {}s".format(x)


start = now()
coroutine = do_some_work(2)  # create the coroutine object
loop = asyncio.new_event_loop()  # create the event loop (notes: asyncio.get_event_loop())
asyncio.set_event_loop(loop)
task = asyncio.ensure_future(coroutine)  # create the task
loop.run_until_complete(task)  # run the task
print("Task ret:", task.result())  # read its result
print("Time:", now() - start)
loop.close()
