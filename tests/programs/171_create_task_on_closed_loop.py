# Scheduling on a closed loop raises RuntimeError; the coroutine object is then never awaited (RuntimeWarning).
import asyncio

loop = asyncio.new_event_loop()
loop.close()


async def work():
    return 1


try:
    loop.create_task(work())
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    loop.call_soon(print, "x")
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    loop.call_later(1, print, "x")
except RuntimeError as e:
    print("RuntimeError:", e)
loop.close()
print("closing twice is fine")
