# run_forever until a callback stops the loop; is_running/is_closed around it.
import asyncio

loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)


async def ticker():
    for i in range(3):
        print("tick", i, loop.time(), loop.is_running())
        await asyncio.sleep(0.5)
    loop.stop()


loop.create_task(ticker())
print("running before:", loop.is_running())
loop.run_forever()
print("stopped at", loop.time(), "running:", loop.is_running(), "closed:", loop.is_closed())
loop.call_soon(print, "queued while stopped")
loop.call_soon(loop.stop)
loop.run_forever()
loop.close()
print("closed:", loop.is_closed())
try:
    loop.call_soon(print, "x")
except RuntimeError as e:
    print("RuntimeError:", e)
