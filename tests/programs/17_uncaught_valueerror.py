# An exception escaping asyncio.run ends the program with a traceback and exit status 1.
import asyncio


async def check(x):
    await asyncio.sleep(0.5)
    if x > 2:
        raise ValueError("boom")
    print("checked", x)


async def main():
    for x in range(5):
        await check(x)
    print("not reached")


print("before run")
asyncio.run(main())
print("not reached either")
