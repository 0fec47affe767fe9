# gather(return_exceptions=True) returns exceptions as values, in argument order.
import asyncio


async def job(x):
    await asyncio.sleep(1 / x)
    if x % 2 == 0:
        raise ValueError(x)
    return x * x


async def main():
    results = await asyncio.gather(job(1), job(2), job(3), job(4), return_exceptions=True)
    for r in results:
        if isinstance(r, Exception):
            print("error:", repr(r))
        else:
            print("value:", r)
    print("t =", asyncio.get_running_loop().time())


asyncio.run(main())
