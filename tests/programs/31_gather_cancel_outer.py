# Cancelling the gather future cancels its running children; in 3.11 the gather then ends with a CancelledError *exception*, so cancelled() is False.
import asyncio


async def child(name, delay):
    try:
        await asyncio.sleep(delay)
        print(name, "done")
        return name
    except asyncio.CancelledError:
        print(name, "cancelled at", asyncio.get_running_loop().time())
        raise


async def main():
    g = asyncio.gather(child("x", 0.5), child("y", 2), child("z", 3))
    await asyncio.sleep(1)
    print("cancel gather:", g.cancel())
    try:
        await g
    except asyncio.CancelledError:
        print("awaiting gather raised CancelledError")
    print("gather cancelled?", g.cancelled(), "done?", g.done())
    print("gather exception:", repr(g.exception()))


asyncio.run(main())
