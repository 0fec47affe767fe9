# A coroutine that raises CancelledError itself (no cancel() call) leaves its task cancelled; returning one is a result.
import asyncio


async def raises():
    await asyncio.sleep(0.1)
    raise asyncio.CancelledError("self-made")


async def returns():
    return asyncio.CancelledError("as a value")


async def main():
    t = asyncio.create_task(raises())
    try:
        await t
    except asyncio.CancelledError as e:
        print("awaiting raised CancelledError", e.args)
    print("cancelled?", t.cancelled(), "done?", t.done())
    u = asyncio.create_task(returns())
    v = await u
    print(type(v).__name__, v.args, u.cancelled())
    r = await asyncio.gather(raises(), return_exceptions=True)
    print([type(x).__name__ for x in r])
    try:
        await asyncio.gather(raises(), asyncio.sleep(1, "slept"))
    except asyncio.CancelledError:
        print("gather propagated the child's CancelledError at", asyncio.get_running_loop().time())
    await asyncio.sleep(2)
    print("end")


asyncio.run(main())
