# asyncio.Condition: notify(1), notify(2) and notify_all wake waiters in the order they waited.
import asyncio

woken = []


async def consumer(cond, name):
    async with cond:
        print(name, "waits at", asyncio.get_running_loop().time())
        r = await cond.wait()
        woken.append(name)
        print(name, "woke with", r, "holding:", cond.locked())


async def main():
    cond = asyncio.Condition()
    ts = [asyncio.create_task(consumer(cond, f"c{i}")) for i in range(5)]
    await asyncio.sleep(0.1)
    async with cond:
        cond.notify()
        print("notified 1")
    await asyncio.sleep(0.1)
    async with cond:
        cond.notify(2)
        print("notified 2")
    await asyncio.sleep(0.1)
    async with cond:
        cond.notify_all()
        print("notified all")
    await asyncio.gather(*ts)
    print(woken, asyncio.get_running_loop().time())


asyncio.run(main())
