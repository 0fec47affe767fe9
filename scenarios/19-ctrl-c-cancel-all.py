"""Ctrl-C out of run_until_complete, then cancel every task and finish them."""
import asyncio
import time


async def do_work(x):
    print("waiting:", x)
    await asyncio.sleep(x)
    return "Done after {}s".format(x)


coroutine1 = do_work(1)
coroutine2 = do_work(2)
coroutine3 = do_work(4)

loop = asyncio.new_event_loop()  # the notes: asyncio.get_event_loop()
asyncio.set_event_loop(loop)
tasks = [
    asyncio.ensure_future(coroutine1),
    asyncio.ensure_future(coroutine2),
    asyncio.ensure_future(coroutine3),
]

start = time.time()
try:
    loop.run_until_complete(asyncio.wait(tasks))
except KeyboardInterrupt as e:
    print("KeyboardInterrupt after", time.time() - start, "s")
    # The notes: asyncio.Task.all_tasks() (removed in 3.9). all_tasks(loop) is a set,
    # whose order is arbitrary: sort it to print it.
    for task in sorted(asyncio.all_tasks(loop), key=lambda t: t.get_name()):
        print(task.get_name(), "cancel() ->", task.cancel())  # True: cancellation requested
    # stop() then run_forever() runs the loop for one more iteration, so each task
    # receives its CancelledError and finishes.
    loop.stop()
    loop.run_forever()
finally:
    loop.close()

for task in tasks:
    if task.cancelled():
        print(task.get_name(), "cancelled")
    else:
        print(task.get_name(), task.result())
print("Time:", time.time() - start)
