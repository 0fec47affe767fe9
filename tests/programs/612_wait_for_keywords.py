# asyncio.wait_for(fut=..., timeout=...) with keywords, timeout=None, and a timeout that expires.
import asyncio


async def slow(x, delay):
    await asyncio.sleep(delay)
    return x


async def main():
    loop = asyncio.get_running_loop()
    print(await asyncio.wait_for(fut=slow("a", 1), timeout=2), loop.time())
    print(await asyncio.wait_for(slow("b", 1), timeout=None), loop.time())
    print(await asyncio.wait_for(timeout=5, fut=slow("c", 0.5)), loop.time())
    try:
        await asyncio.wait_for(fut=slow("d", 3), timeout=1)
    except asyncio.TimeoutError as e:
        print("timed out at", loop.time(), type(e).__name__, e.args)
    task = asyncio.create_task(slow("e", 0))
    print(await asyncio.wait_for(fut=task, timeout=1), task.done())


asyncio.run(main())
