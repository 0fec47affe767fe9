# A loop runs forever in a background thread; the main thread submits coroutines to it.
# realclock
import asyncio
import threading

loop = asyncio.new_event_loop()
t = threading.Thread(target=loop.run_forever, name="loop", daemon=True)
t.start()


async def double(n):
    await asyncio.sleep(0.1)
    return n * 2


futures = [asyncio.run_coroutine_threadsafe(double(n), loop) for n in (1, 2, 3)]
print([f.result() for f in futures])
loop.call_soon_threadsafe(loop.stop)
t.join()
print("loop stopped:", not loop.is_running())
loop.close()
