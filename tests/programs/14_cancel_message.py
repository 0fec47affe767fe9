# cancel(msg) carries the message into the CancelledError inside the task and out to awaiters.
import asyncio


async def victim():
    try:
        await asyncio.sleep(3)
    except asyncio.CancelledError as e:
        print("inside:", repr(e), "str:", str(e))
        raise


async def main():
    t = asyncio.create_task(victim())
    await asyncio.sleep(0)
    t.cancel("shutting down")
    try:
        await t
    except asyncio.CancelledError as e:
        print("outside:", repr(e))
    try:
        t.result()
    except asyncio.CancelledError as e:
        print("result():", repr(e))
    u = asyncio.create_task(victim())
    await asyncio.sleep(0)
    u.cancel()
    try:
        await u
    except asyncio.CancelledError as e:
        print("no message:", repr(e))


asyncio.run(main())
