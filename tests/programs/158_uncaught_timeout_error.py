# A TimeoutError raised in a coroutine and left uncaught; asyncio.TimeoutError is the builtin TimeoutError in 3.11.
import asyncio


async def main():
    print(asyncio.TimeoutError is TimeoutError, issubclass(asyncio.CancelledError, Exception))
    await asyncio.sleep(0.5)
    raise asyncio.TimeoutError("took too long")


asyncio.run(main())
