# Condition (3.11): a waiter notified and then cancelled before it runs loses the
# notification; the next waiter is not woken in its place.
import asyncio


async def waiter(cond, name):
    async with cond:
        try:
            await cond.wait()
            print(name, "woken")
        except asyncio.CancelledError:
            print(name, "cancelled after notify; holds lock:", cond.locked())
            raise


async def main():
    cond = asyncio.Condition()
    a = asyncio.create_task(waiter(cond, "a"))
    b = asyncio.create_task(waiter(cond, "b"))
    await asyncio.sleep(0.1)
    async with cond:
        cond.notify(1)
    a.cancel()
    await asyncio.sleep(0.1)
    print("b done?", b.done())
    async with cond:
        cond.notify(1)
    await asyncio.gather(a, b, return_exceptions=True)
    print("end", asyncio.get_running_loop().time())


asyncio.run(main())
