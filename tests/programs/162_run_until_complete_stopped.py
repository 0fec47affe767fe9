# loop.stop() while run_until_complete waits: RuntimeError "Event loop stopped before Future completed."
import asyncio

loop = asyncio.new_event_loop()


async def slow():
    await asyncio.sleep(5)
    return "slow done"


t = loop.create_task(slow())
loop.call_later(1, loop.stop)
try:
    loop.run_until_complete(t)
except RuntimeError as e:
    print("RuntimeError:", e, "at", loop.time())
print(loop.run_until_complete(t), loop.time())
f = loop.create_future()
loop.call_later(1, f.set_result, "from callback")
print(loop.run_until_complete(f), loop.time())
print(loop.run_until_complete(f))
loop.close()
