# Argument errors of asyncio's functions, loop methods and C constructors (Task, Future): CPython's texts and check order.
import asyncio
async def job(): return 1
async def main():
    loop = asyncio.get_running_loop()
    for f in [lambda: asyncio.Task(job(), nam=1), lambda: asyncio.Task(job(), loop, None), lambda: asyncio.Task(1),
              lambda: asyncio.ensure_future(), lambda: asyncio.ensure_future(job(), x=1), lambda: asyncio.wait([job()], 1),
              lambda: asyncio.wait(), lambda: asyncio.wait_for(job(), 1, 2), lambda: asyncio.wait_for(job(), timeout=1, x=2),
              lambda: asyncio.shield(job(), 1), lambda: asyncio.shield(x=1), lambda: asyncio.create_task(), lambda: asyncio.create_task(job(), "n"),
              lambda: loop.create_task(), lambda: loop.call_at(), lambda: loop.call_soon(), lambda: asyncio.sleep(delay=1, x=2),
              lambda: asyncio.sleep(1, delay=2), lambda: asyncio.Future(1), lambda: asyncio.Future(x=1), lambda: asyncio.run(job(), 1),
              lambda: asyncio.gather(x=1), lambda: asyncio.as_completed(), lambda: asyncio.timeout(), lambda: asyncio.current_task(1,2)]:
        try:
            r = f()
            print("no error", type(r).__name__)
            if asyncio.iscoroutine(r): r.close()
        except TypeError as e:
            print("TypeError:", e)
asyncio.run(main())
