# Future reprs: pending, with callbacks (named functions, lambdas, "<N more>"), finished, failed and cancelled.
import asyncio


def show(obj):
    print(repr(obj).replace(__file__, "FILE"))


def on_done(fut):
    print("on_done sees", fut.result())


def other(fut):
    pass


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    show(fut)
    fut.add_done_callback(on_done)
    show(fut)
    fut.add_done_callback(lambda f: None)
    show(fut)
    fut.add_done_callback(other)
    fut.add_done_callback(other)
    show(fut)
    fut.set_result(42)
    show(fut)
    await asyncio.sleep(0)
    failed = loop.create_future()
    failed.set_exception(ZeroDivisionError("division by zero"))
    show(failed)
    failed.exception()
    cancelled = asyncio.Future()
    cancelled.cancel("no longer needed")
    show(cancelled)
    show(asyncio.Future())


asyncio.run(main())
