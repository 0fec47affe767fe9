# Cancelling one gather child makes gather raise CancelledError in the awaiter (not itself cancelled); siblings keep running.
import asyncio


async def child(name, delay):
    try:
        await asyncio.sleep(delay)
        print(name, "finished at", asyncio.get_running_loop().time())
        return name
    except asyncio.CancelledError:
        print(name, "was cancelled")
        raise


async def main():
    a = asyncio.create_task(child("a", 1))
    b = asyncio.create_task(child("b", 2))
    c = asyncio.create_task(child("c", 3))
    g = asyncio.gather(a, b, c)
    await asyncio.sleep(0.5)
    b.cancel()
    try:
        await g
    except asyncio.CancelledError:
        print("gather raised CancelledError at", asyncio.get_running_loop().time())
    print("main cancelled?", asyncio.current_task().cancelled())
    print("gather cancelled?", g.cancelled(), "done?", g.done())
    print("a:", a.done(), "b:", b.cancelled(), "c done?", c.done())
    print("c result", await c)


asyncio.run(main())
