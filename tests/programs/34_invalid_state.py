# Reading a pending future or completing one twice raises InvalidStateError.
import asyncio


async def main():
    fut = asyncio.get_running_loop().create_future()
    try:
        fut.result()
    except asyncio.InvalidStateError:
        print("result() on pending: InvalidStateError")
    try:
        fut.exception()
    except asyncio.InvalidStateError:
        print("exception() on pending: InvalidStateError")
    fut.set_result(1)
    try:
        fut.set_result(2)
    except asyncio.InvalidStateError:
        print("second set_result: InvalidStateError")
    try:
        fut.set_exception(ValueError("late"))
    except asyncio.InvalidStateError:
        print("set_exception after result: InvalidStateError")
    print("result still", fut.result())
    c = asyncio.Future()
    c.cancel()
    try:
        c.exception()
    except asyncio.CancelledError:
        print("exception() on cancelled future raises CancelledError")
    try:
        c.set_result(3)
    except asyncio.InvalidStateError:
        print("set_result on cancelled: InvalidStateError")
    try:
        fut.set_exception(StopIteration())
    except asyncio.InvalidStateError:
        print("still InvalidStateError")
    f3 = asyncio.Future()
    try:
        f3.set_exception(StopIteration())
    except TypeError as e:
        print("TypeError:", e)


asyncio.run(main())
