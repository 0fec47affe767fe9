# Timeout.reschedule moves the deadline; timeout_at takes an absolute time.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout(0.5) as cm:
            await asyncio.sleep(0.4)
            cm.reschedule(loop.time() + 1)
            print("moved deadline to", cm.when())
            await asyncio.sleep(0.8)
            print("still inside at", loop.time())
            cm.reschedule(None)
            await asyncio.sleep(5)
            cm.reschedule(loop.time() - 1)
            await asyncio.sleep(1)
    except TimeoutError:
        print("expired at", loop.time())
    try:
        async with asyncio.timeout_at(loop.time() + 0.25):
            await asyncio.sleep(1)
    except TimeoutError:
        print("timeout_at fired at", loop.time())
    t = asyncio.timeout(1)
    try:
        t.reschedule(3)
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        cm.reschedule(3)
    except RuntimeError as e:
        print("RuntimeError:", e)


asyncio.run(main())
