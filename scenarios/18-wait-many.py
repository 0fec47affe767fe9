"""Three tasks sleep 1, 2 and 4 s at once: all done after 4 s, not 7 s."""
import asyncio
import time


async def do_work(x):
    print("waiting:", x)
    await asyncio.sleep(x)
    return "Done after {}s".format(x)


start = time.time()  # the notes forgot this line

# Several coroutine objects, from one coroutine function.
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

# Register them all with the loop and run until every one is done.
loop.run_until_complete(asyncio.wait(tasks))

for task in tasks:
    print("task result:", task.result())

print("Time", time.time() - start)
loop.close()
