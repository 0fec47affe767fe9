# Awaiting a future nobody completes, with no timers left: the virtual loop reports a deadlock (exit 3).
import asyncio


async def waiter(fut):
    print("waiter waits")
    value = await fut
    print("never", value)


async def main():
    fut = asyncio.get_running_loop().create_future()
    await asyncio.sleep(1)
    print("main waits too at", asyncio.get_running_loop().time())
    await asyncio.gather(waiter(fut), asyncio.sleep(2))
    print("never reached")


asyncio.run(main())
