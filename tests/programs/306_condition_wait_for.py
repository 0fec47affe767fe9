# asyncio.Condition.wait_for: the predicate is re-checked after every notify.
import asyncio

state = {"n": 0}


async def watcher(cond, target):
    async with cond:
        r = await cond.wait_for(lambda: state["n"] >= target and state["n"])
        print("watcher", target, "sees", r, "at", asyncio.get_running_loop().time())


async def main():
    cond = asyncio.Condition()
    ts = [asyncio.create_task(watcher(cond, t)) for t in (3, 1, 2)]
    for _ in range(3):
        await asyncio.sleep(0.1)
        async with cond:
            state["n"] += 1
            print("n =", state["n"])
            cond.notify_all()
    await asyncio.gather(*ts)
    async with cond:
        print("already true:", await cond.wait_for(lambda: "yes"))


asyncio.run(main())
