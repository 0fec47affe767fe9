# set_exception makes awaiters raise; exception() returns it without raising.
import asyncio


async def failer(fut):
    await asyncio.sleep(0.2)
    fut.set_exception(KeyError("missing"))


async def main():
    fut = asyncio.get_running_loop().create_future()
    asyncio.create_task(failer(fut))
    try:
        await fut
    except KeyError as e:
        print("await raised KeyError:", e, repr(e))
    print("exception():", repr(fut.exception()))
    try:
        fut.result()
    except KeyError as e:
        print("result() raised", repr(e))
    print("cancelled?", fut.cancelled(), "cancel()?", fut.cancel())


asyncio.run(main())
