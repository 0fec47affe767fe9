# asyncio.shield: cancelling the outer waiter leaves the inner future running.
import asyncio


async def inner():
    await asyncio.sleep(1)
    print("inner finished at", asyncio.get_running_loop().time())
    return "inner"


async def main():
    t = asyncio.create_task(inner())
    outer = asyncio.shield(t)
    await asyncio.sleep(0.5)
    outer.cancel()
    try:
        await outer
    except asyncio.CancelledError:
        print("outer cancelled; inner cancelled?", t.cancelled())
    print(await t)


asyncio.run(main())
