# asyncio.Event: a waiter cancelled, and one that times out with wait_for.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    ev = asyncio.Event()
    t = asyncio.create_task(ev.wait())
    await asyncio.sleep(0.1)
    t.cancel("no longer needed")
    try:
        await t
    except asyncio.CancelledError as e:
        print("waiter cancelled:", e.args)
    try:
        await asyncio.wait_for(ev.wait(), 0.2)
    except TimeoutError:
        print("timed out at", loop.time())
    ev.set()
    print("wait_for on set event:", await asyncio.wait_for(ev.wait(), 1))


asyncio.run(main())
