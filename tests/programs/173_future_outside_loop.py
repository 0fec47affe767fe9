# Futures and tasks used across run_until_complete calls on one loop; futures created with asyncio.Future(loop=...).
import asyncio

loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
fut = asyncio.Future()
print("fut done?", fut.done())


async def setter():
    await asyncio.sleep(2)
    fut.set_result("set by task")


async def reader():
    v = await fut
    print("reader got", v, "at", loop.time())
    return v


t = loop.create_task(setter())
r = loop.create_task(reader())
print(loop.run_until_complete(r))
print("setter done?", t.done())
loop.run_until_complete(asyncio.sleep(1))
print("time", loop.time())
f2 = loop.create_future()
loop.call_soon(f2.set_exception, KeyError("k"))
try:
    loop.run_until_complete(f2)
except KeyError as e:
    print("run_until_complete raised", repr(e))
loop.close()
asyncio.set_event_loop(None)
