"""Five 1-second waits: 5 s in a row, 0 s without await, 1 s together."""
import asyncio
import time

now = lambda: time.time()


# Synchronous: time.sleep blocks the whole program, so five calls take five seconds.
def foo():
    time.sleep(1)


start = now()
for i in range(5):
    foo()
print("sync took:", now() - start)


# The notes' asynchronous version, as written: without `await`, asyncio.sleep(1) only
# creates a coroutine object that is thrown away (Python warns: "never awaited").
async def foo_as_in_the_notes():
    asyncio.sleep(1)


# Fixed: await really waits.
async def foo_async():
    await asyncio.sleep(1)


loop = asyncio.new_event_loop()  # the notes: asyncio.get_event_loop()
asyncio.set_event_loop(loop)

start = now()
for i in range(5):
    loop.run_until_complete(foo_as_in_the_notes())
print("async without await took:", now() - start)

# run_until_complete runs the loop until *this* coroutine is done: one at a time.
start = now()
for i in range(5):
    loop.run_until_complete(foo_async())
print("async one at a time took:", now() - start)

# All five in the loop at once: their sleeps overlap.
start = now()
loop.run_until_complete(asyncio.gather(*[foo_async() for i in range(5)]))
print("async all together took:", now() - start)
loop.close()
