# Future misuse: set_result twice, result() before done, exception() on cancelled, etc.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    try:
        f.result()
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)
    try:
        f.exception()
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)
    f.set_result(1)
    for action in (lambda: f.set_result(2), lambda: f.set_exception(ValueError()), lambda: f.cancel()):
        try:
            print("->", action())
        except asyncio.InvalidStateError as e:
            print("InvalidStateError:", e)
    print(f.result(), f.done(), f.cancelled(), f.exception())

    g = loop.create_future()
    print("cancel:", g.cancel("why"), g.cancel())
    try:
        g.result()
    except asyncio.CancelledError as e:
        print("CancelledError args:", e.args)
    try:
        g.exception()
    except asyncio.CancelledError as e:
        print("exception() raises CancelledError:", e.args)

    h = loop.create_future()
    try:
        h.set_exception(StopIteration("x"))
    except TypeError as e:
        print("TypeError:", e)
    h.set_exception(KeyError)
    print(repr(h.exception()))
    try:
        await h
    except KeyError as e:
        print("awaited KeyError", repr(e))

    k = loop.create_future()
    k.set_result(None)
    print(k.remove_done_callback(print))
    cb = lambda fut: print("never")
    m = loop.create_future()
    m.add_done_callback(cb)
    m.add_done_callback(cb)
    print("removed", m.remove_done_callback(cb))
    m.set_result(0)
    await asyncio.sleep(0)
    print("done")


asyncio.run(main())
