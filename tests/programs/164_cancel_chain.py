# Cancelling a task that awaits a task that awaits a future: cancellation travels down; cleanup awaits in finally.
import asyncio


async def leaf(fut):
    try:
        return await fut
    except asyncio.CancelledError as e:
        print("leaf cancelled, args", e.args)
        raise
    finally:
        print("leaf finally")


async def middle(fut):
    inner = asyncio.create_task(leaf(fut), name="leaf")
    try:
        return await inner
    except asyncio.CancelledError:
        print("middle cancelled; inner cancelled?", inner.cancelled())
        await asyncio.sleep(0.5)
        print("middle cleanup done at", asyncio.get_running_loop().time())
        raise


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    top = asyncio.create_task(middle(fut), name="middle")
    await asyncio.sleep(1)
    print("cancel ->", top.cancel("shutdown"))
    print("fut cancelled yet?", fut.cancelled())
    await asyncio.sleep(0)
    print("fut cancelled after one step?", fut.cancelled())
    try:
        await top
    except asyncio.CancelledError as e:
        print("top cancelled:", e.args, "at", loop.time())
    # cancelling the inner future directly makes the leaf task raise
    fut2 = loop.create_future()
    t2 = asyncio.create_task(leaf(fut2))
    await asyncio.sleep(0)
    fut2.cancel("inner msg")
    try:
        await t2
    except asyncio.CancelledError as e:
        print("t2 cancelled via its future:", e.args, t2.cancelled())


asyncio.run(main())
