"""Recursion depth after each kind of wake-up (future, sleep, Event), under asyncio.run and under loop.run_until_complete."""
import asyncio
def probe():
    def dive(n):
        try:
            return dive(n + 1)
        except RecursionError:
            return n
    return dive(1)
async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    loop.call_soon(f.set_result, 1)
    await f
    print("after wakeup", probe())
    await asyncio.sleep(0.01)
    print("after sleep", probe())
    ev = asyncio.Event()
    loop.call_later(0.01, ev.set)
    await ev.wait()
    print("after event", probe())
asyncio.run(main())
loop = asyncio.new_event_loop()
loop.run_until_complete(main())
