# asyncio.wait_for: timing out cancels the inner coroutine.
import asyncio


async def job(d):
    try:
        await asyncio.sleep(d)
        return d
    except asyncio.CancelledError:
        print("job cancelled at", asyncio.get_running_loop().time())
        raise


async def main():
    loop = asyncio.get_running_loop()
    try:
        await asyncio.wait_for(job(5), timeout=0.5)
    except asyncio.TimeoutError:
        print("wait_for timed out at", loop.time())
    print("wait_for ok:", await asyncio.wait_for(job(0.1), timeout=1), loop.time())
    print("no timeout:", await asyncio.wait_for(job(0.2), None), loop.time())


asyncio.run(main())
