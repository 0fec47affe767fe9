# Odds and ends around the loop API: awaitables with __await__ in ensure_future/wait_for/
# gather, wait() return_when, Handle reprs, loop.time, cancel messages on futures.
import asyncio


class Ready:
    def __await__(self):
        yield from asyncio.sleep(0.1).__await__()
        return "from __await__"


async def main():
    loop = asyncio.get_running_loop()
    t = asyncio.ensure_future(Ready())
    print(type(t).__name__, await t)
    print(await asyncio.wait_for(Ready(), 1))
    print(await asyncio.gather(Ready(), Ready()))
    f = loop.create_future()
    loop.call_later(0.1, f.cancel, "bye")
    try:
        await f
    except asyncio.CancelledError as e:
        print("future cancelled:", e.args)
    a = asyncio.create_task(asyncio.sleep(0.1, "a"))
    b = asyncio.create_task(asyncio.sleep(0.3, "b"))
    done, pending = await asyncio.wait([a, b], return_when=asyncio.FIRST_COMPLETED)
    print([x.result() for x in done], len(pending), loop.time())
    done, pending = await asyncio.wait([a, b], timeout=0.05)
    print(len(done), len(pending), loop.time())
    await b
    h = loop.call_soon(print, "x")
    h.cancel()
    print(h.cancelled())


asyncio.run(main())
