# A StopIteration escaping a coroutine becomes RuntimeError("coroutine raised StopIteration").
import asyncio


async def leaky():
    await asyncio.sleep(0)
    raise StopIteration("oops")


async def main():
    try:
        await leaky()
    except RuntimeError as e:
        print("direct await:", repr(e))
    t = asyncio.create_task(leaky())
    try:
        await t
    except RuntimeError as e:
        print("via task:", e)
    print("task exception:", repr(t.exception()))


asyncio.run(main())
