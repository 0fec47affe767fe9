# gather without return_exceptions: the first failure propagates; later failures are marked retrieved (no log).
import asyncio


async def fail(name, d):
    await asyncio.sleep(d)
    print(name, "raises at", asyncio.get_running_loop().time())
    raise ValueError(name)


async def main():
    try:
        await asyncio.gather(fail("a", 0.2), fail("b", 0.1), fail("c", 0.3))
    except ValueError as e:
        print("gather raised", e)
    await asyncio.sleep(1)
    print("main done at", asyncio.get_running_loop().time())


asyncio.run(main())
print("no 'never retrieved' messages above")
