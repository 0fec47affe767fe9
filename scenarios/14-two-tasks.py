"""Two coroutines in one loop: while one waits at await, the other runs."""
import asyncio


async def hello(name):
    print(f"Hello world! ({name})")
    await asyncio.sleep(1)
    print(f"Hello again! ({name})")


loop = asyncio.new_event_loop()
start = loop.time()
# The notes pass bare coroutines: asyncio.wait([hello(), hello()]). Since Python 3.11
# asyncio.wait only accepts tasks and futures, so wrap each coroutine in a task first.
tasks = [loop.create_task(hello("first")), loop.create_task(hello("second"))]
done, pending = loop.run_until_complete(asyncio.wait(tasks))
print(f"done: {len(done)}, pending: {len(pending)}, took {loop.time() - start:.1f}s")
loop.close()
