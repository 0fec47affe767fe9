# An Event set from a loop callback wakes the waiting tasks; gather keeps their order.
import asyncio


async def waiter(ev, i):
    await ev.wait()
    print("waiter", i, "at", asyncio.get_running_loop().time())
    return i


async def main():
    loop = asyncio.get_running_loop()
    ev = asyncio.Event()
    loop.call_later(0.7, ev.set)
    print(await asyncio.gather(*(waiter(ev, i) for i in range(4))))
    ev.clear()
    loop.call_soon(ev.set)
    loop.call_soon(ev.clear)
    try:
        await asyncio.wait_for(ev.wait(), 0.1)
        print("woken although cleared again: set() had already woken it")
    except TimeoutError:
        print("timed out")


asyncio.run(main())
