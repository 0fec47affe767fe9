# Study notes, modern spelling: get_event_loop() + run_until_complete on a plain coroutine.
import asyncio
import time

now = lambda: time.time()


async def do_work(x):
    print("waiting:", x)


start = now()
loop = asyncio.get_event_loop()
loop.run_until_complete(do_work(3))
print("Time:", now() - start)
