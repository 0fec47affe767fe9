# The reprs and messages of asyncio's exceptions: CancelledError, TimeoutError, InvalidStateError, and their classes.
import asyncio

for exc in (asyncio.CancelledError(), asyncio.CancelledError("why"), asyncio.TimeoutError(),
            asyncio.InvalidStateError("state"), asyncio.IncompleteReadError(b"ab", 5),
            asyncio.LimitOverrunError("too long", 3), asyncio.QueueEmpty(), asyncio.QueueFull()):
    print(repr(exc), "|", str(exc), "|", type(exc).__mro__[1].__name__)
print(asyncio.TimeoutError is TimeoutError, asyncio.CancelledError.__module__)
print(issubclass(asyncio.CancelledError, Exception), issubclass(asyncio.CancelledError, BaseException))
print(asyncio.CancelledError, asyncio.InvalidStateError)


async def main():
    fut = asyncio.get_running_loop().create_future()
    for call in (fut.result, fut.exception):
        try:
            call()
        except asyncio.InvalidStateError as e:
            print(repr(e))
    fut.set_result(1)
    try:
        fut.set_result(2)
    except asyncio.InvalidStateError as e:
        print(repr(e))


asyncio.run(main())
