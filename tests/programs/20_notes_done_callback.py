# Study notes, modern spelling: ensure_future + add_done_callback, then run_until_complete(task).
import time
import asyncio

now = lambda: time.time()


async def do_some_work(x):
    print("waiting:", x)
    return "Done After {}s".format(x)


def callback(future):
    print("callback:", future.result())


start = now()
coroutine = do_some_work(2)
loop = asyncio.get_event_loop()
task = asyncio.ensure_future(coroutine)
task.add_done_callback(callback)
loop.run_until_complete(task)
print("Time:", now() - start)
print("task name:", task.get_name())
