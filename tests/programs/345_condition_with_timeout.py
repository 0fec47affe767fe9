# A Condition waiter timed out by wait_for still re-acquires the lock before leaving.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    cond = asyncio.Condition()

    async def waiter():
        async with cond:
            try:
                await asyncio.wait_for(cond.wait(), 0.5)
            except TimeoutError:
                print("timed out at", loop.time(), "holding lock:", cond.locked())

    async def holder():
        await asyncio.sleep(0.1)
        async with cond:
            print("holder has the lock at", loop.time())
            await asyncio.sleep(1)
        print("holder released at", loop.time())

    await asyncio.gather(waiter(), holder())


asyncio.run(main())
