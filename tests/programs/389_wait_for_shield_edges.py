# wait_for/shield/as_completed corners: zero and negative timeouts on done and pending awaitables, a plain future, shield of a finished future, shield's outer cancelled, as_completed over an empty list, a single future, and a bad argument.
import asyncio


async def quick(x, d=0):
    await asyncio.sleep(d)
    return x


async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    f.set_result("done")
    print(await asyncio.wait_for(f, 0), await asyncio.wait_for(f, -1))
    for t in (0, -2):
        try:
            await asyncio.wait_for(quick("slow", 1), t)
        except TimeoutError as e:
            print("TimeoutError", repr(e), type(e.__cause__).__name__, loop.time())
    print(await asyncio.wait_for(quick("none"), None))
    fut = loop.create_future()
    loop.call_later(0.1, fut.set_result, "later")
    print(await asyncio.wait_for(fut, 1), loop.time())
    fut = loop.create_future()
    try:
        await asyncio.wait_for(fut, 0.1)
    except TimeoutError:
        print("plain future timed out, cancelled:", fut.cancelled(), loop.time())

    done = loop.create_future()
    done.set_result(7)
    print(asyncio.shield(done) is done)
    inner = asyncio.create_task(quick("inner", 0.2))
    outer = asyncio.shield(inner)
    print(type(outer).__name__, outer.done())
    outer.cancel()
    await asyncio.sleep(0)
    print(outer.cancelled(), inner.cancelled(), await inner)
    failing = asyncio.create_task(asyncio.sleep(0.1))
    sh = asyncio.shield(failing)
    failing.cancel()
    try:
        await sh
    except asyncio.CancelledError:
        print("inner cancelled cancels the shield:", sh.cancelled())

    print([x for x in asyncio.as_completed([])])
    for c in asyncio.as_completed([quick("only", 0.1)]):
        print(await c, loop.time())
    it = asyncio.as_completed(loop.create_future())
    try:
        next(it)
    except TypeError as e:
        print("TypeError:", e)
    coros = list(asyncio.as_completed([quick(i, 0.3 - i / 10) for i in range(3)], timeout=0.25))
    for c in coros:
        try:
            print("got", await c, loop.time())
        except TimeoutError:
            print("timeout", loop.time())
    await asyncio.sleep(0.2)


asyncio.run(main())
