"""add_done_callback: the loop calls a function of yours when the task finishes."""
import time
import asyncio

now = lambda: time.time()


async def do_some_work(x):
    print("waiting:", x)
    return "Done After {}s".format(x)


def callback(future):
    # The finished task itself is passed in: its result is ready.
    print("callback:", future.result())


start = now()
coroutine = do_some_work(2)
loop = asyncio.new_event_loop()  # the notes: asyncio.get_event_loop()
asyncio.set_event_loop(loop)
task = asyncio.ensure_future(coroutine)
task.add_done_callback(callback)
loop.run_until_complete(task)
print("Time:", now() - start)
loop.close()
