# loop.stop() from a callback ends run_forever after the current iteration; run_forever can resume.
import asyncio

loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)


async def ticker():
    for i in range(6):
        print("tick", i, loop.time())
        await asyncio.sleep(1)
    return "ticker done"


t = loop.create_task(ticker())
loop.call_later(2.5, loop.stop)
loop.call_later(2.5, print, "same-time callback after stop")
loop.run_forever()
print("stopped at", loop.time(), "task done?", t.done())
loop.call_soon(loop.stop)
loop.call_soon(print, "queued after stop")
loop.run_forever()
print("stopped again at", loop.time())
print(loop.run_until_complete(t), loop.time())
loop.stop()
loop.run_forever()
print("stop before run_forever: returns after one iteration", loop.time())
loop.close()
print("closed:", loop.is_closed())
try:
    loop.run_until_complete(asyncio.sleep(0))
except RuntimeError as e:
    print("RuntimeError:", e)
