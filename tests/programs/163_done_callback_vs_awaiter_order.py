# The order in which done callbacks and awaiting tasks are woken when a task finishes.
import asyncio


async def child():
    await asyncio.sleep(1)
    print("child returns")
    return "c"


async def awaiter(t, name):
    r = await t
    print(name, "resumed with", r)


async def main():
    t = asyncio.create_task(child())
    t.add_done_callback(lambda f: print("callback 1"))
    w1 = asyncio.create_task(awaiter(t, "w1"))
    await asyncio.sleep(0)
    t.add_done_callback(lambda f: print("callback 2"))
    w2 = asyncio.create_task(awaiter(t, "w2"))
    await asyncio.sleep(0)
    t.add_done_callback(lambda f: print("callback 3"))
    print("main awaits")
    print("main resumed with", await t)
    await asyncio.gather(w1, w2)
    t.add_done_callback(lambda f: print("callback 4 (after done)"))
    print("main before sleep(0)")
    await asyncio.sleep(0)
    print("main end")


asyncio.run(main())
