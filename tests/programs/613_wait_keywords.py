# asyncio.wait(fs=..., timeout=..., return_when=...) with keywords; results sorted by name to stay order-free.
import asyncio


async def nap(delay):
    await asyncio.sleep(delay)
    return delay


def names(tasks):
    return sorted(t.get_name() for t in tasks)


async def main():
    loop = asyncio.get_running_loop()
    tasks = [asyncio.create_task(nap(d), name=f"nap-{d}") for d in (1, 2, 3)]
    done, pending = await asyncio.wait(fs=tasks, return_when=asyncio.FIRST_COMPLETED)
    print(loop.time(), names(done), names(pending))
    done, pending = await asyncio.wait(fs=pending, timeout=0.5)
    print(loop.time(), names(done), names(pending))
    done, pending = await asyncio.wait(timeout=None, fs=pending, return_when="ALL_COMPLETED")
    print(loop.time(), names(done), names(pending))
    print(asyncio.FIRST_COMPLETED, asyncio.FIRST_EXCEPTION, asyncio.ALL_COMPLETED)
    try:
        await asyncio.wait(fs=tasks, return_when="SOMETIMES")
    except ValueError as e:
        print("ValueError:", e)
    try:
        await asyncio.wait(fs=[])
    except ValueError as e:
        print("ValueError:", e)


asyncio.run(main())
