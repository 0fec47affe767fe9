# KeyboardInterrupt raised in a plain callback escapes run_until_complete; the loop can be run again.
import asyncio

loop = asyncio.new_event_loop()


def bad():
    print("callback raises KeyboardInterrupt at", loop.time())
    raise KeyboardInterrupt


async def main():
    loop.call_later(1, bad)
    loop.call_later(1, print, "same-time callback")
    await asyncio.sleep(2)
    return "main done"


t = loop.create_task(main())
try:
    loop.run_until_complete(t)
except KeyboardInterrupt:
    print("escaped at", loop.time(), "task done?", t.done())
print(loop.run_until_complete(t), loop.time())
loop.call_soon(lambda: 1 / 0)
loop.run_until_complete(asyncio.sleep(0))
loop.close()
print("closed")
