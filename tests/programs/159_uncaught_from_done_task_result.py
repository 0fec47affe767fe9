# Calling result() on a task that failed re-raises its exception at top level.
import asyncio

loop = asyncio.new_event_loop()


async def bad():
    raise IndexError("index gone")


t = loop.create_task(bad())
loop.run_until_complete(asyncio.sleep(0.1))
print("task done:", t.done())
loop.close()
t.result()
