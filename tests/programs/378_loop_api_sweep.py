# The loop API around the toolbox: reprs of futures and handles, wait() errors, timers in
# the past, call_at ordering of equal deadlines, and errors outside a running loop.
import asyncio


def cb(*args):
    print("cb", args)


async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    print(repr(f), f.get_loop() is loop)
    f.set_result([1])
    print(repr(f))
    g = loop.create_future()
    g.set_exception(ValueError("v"))
    print(repr(g))
    g.exception()
    h = loop.call_later(-1, cb, "past")
    print(type(h).__name__, h.when() <= loop.time())
    t = loop.time()
    for i in range(3):
        loop.call_at(t + 0.5, cb, "same deadline", i)
    loop.call_soon(cb, "soon")
    await asyncio.sleep(1)
    coro = asyncio.sleep(0)
    try:
        await asyncio.wait([coro])
    except TypeError as e:
        print("TypeError:", e)
    coro.close()
    try:
        await asyncio.wait([])
    except ValueError as e:
        print("ValueError:", e)
    try:
        loop.call_soon(42)
    except TypeError as e:
        print("TypeError:", str(e).split(" by ")[0])
    try:
        loop.run_until_complete(asyncio.sleep(0))
    except RuntimeError as e:
        print("RuntimeError:", e)


asyncio.run(main())
for f in (asyncio.get_running_loop, asyncio.current_task, asyncio.all_tasks):
    try:
        f()
    except RuntimeError as e:
        print(f.__name__, "->", e)
