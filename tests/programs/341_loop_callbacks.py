# The loop's callback API: call_soon/call_later/call_at order, Handle.cancel, create_future.
import asyncio


def cb(tag):
    print("cb", tag, "at", asyncio.get_running_loop().time())


async def main():
    loop = asyncio.get_running_loop()
    loop.call_later(0.2, cb, "later 0.2")
    loop.call_at(loop.time() + 0.1, cb, "at 0.1")
    h = loop.call_later(0.15, cb, "cancelled")
    loop.call_soon(cb, "soon 1")
    loop.call_soon(cb, "soon 2")
    print("handle:", type(h).__name__, h.when(), h.cancelled())
    h.cancel()
    print("after cancel:", h.cancelled())
    fut = loop.create_future()
    loop.call_later(0.3, fut.set_result, "future result")
    print(await fut, loop.time())
    print(fut.done(), fut.result(), loop.is_running(), loop.is_closed())


asyncio.run(main())
