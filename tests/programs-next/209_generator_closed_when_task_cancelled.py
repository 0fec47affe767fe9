# A task iterating a generator is cancelled: the generator's finally runs when the task's frame drops it.
import asyncio


def lines(name):
    try:
        for i in range(100):
            yield f"{name}-{i}"
    finally:
        print("generator", name, "closed at", asyncio.get_running_loop().time())


async def reader(name):
    try:
        for line in lines(name):
            await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("reader", name, "cancelled")
        raise
    finally:
        print("reader", name, "finally")


async def main():
    t = asyncio.create_task(reader("a"))
    await asyncio.sleep(2.5)
    t.cancel()
    await asyncio.gather(t, return_exceptions=True)
    print("after gather")
    g = lines("b")
    next(g)
    g = None
    print("after dropping b")


asyncio.run(main())
