# new_event_loop + set_event_loop: one loop reused across run_until_complete calls; its clock keeps going.
import asyncio


async def step(n):
    await asyncio.sleep(n)
    return asyncio.get_running_loop().time()


loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
print("same loop:", asyncio.get_event_loop() is loop)
print("first", loop.run_until_complete(step(1)))
print("second", loop.run_until_complete(step(2)))
print("is running?", loop.is_running(), "closed?", loop.is_closed())
loop.close()
print("closed?", loop.is_closed())
other = asyncio.new_event_loop()
print("other loop starts at", other.time())
print("other", other.run_until_complete(step(0.5)))
other.close()
