# call_soon / call_later / call_at ordering, Handle.cancel(), negative delays, args.
import asyncio


def cb(tag, *extra):
    loop = asyncio.get_running_loop()
    print(f"{tag} at {loop.time()}", *extra)


async def main():
    loop = asyncio.get_running_loop()
    h1 = loop.call_later(1, cb, "later-1")
    loop.call_at(1.0, cb, "at-1.0")
    loop.call_later(0, cb, "later-0")
    loop.call_soon(cb, "soon", "x", 2)
    loop.call_later(-5, cb, "later-neg")
    h2 = loop.call_later(0.5, cb, "cancelled")
    h3 = loop.call_soon(cb, "soon-cancelled")
    print("h2 cancelled?", h2.cancelled())
    h2.cancel()
    h3.cancel()
    h2.cancel()
    print("h2 cancelled?", h2.cancelled(), "h1 cancelled?", h1.cancelled())
    th = loop.call_at(loop.time() + 2, cb, "at+2")
    print("when:", th.when(), h1.when())

    def cancel_other():
        print("cancelling at+2 from a callback at", loop.time())
        th.cancel()

    loop.call_later(1.5, cancel_other)

    def chain(n):
        print("chain", n, loop.time())
        if n:
            loop.call_soon(chain, n - 1)

    loop.call_later(1, chain, 2)
    await asyncio.sleep(3)
    print("main done at", loop.time())


asyncio.run(main())
