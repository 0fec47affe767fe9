# Task.cancelling() counts cancel requests; uncancel() takes one back.
import asyncio


async def victim():
    t = asyncio.current_task()
    for i in range(3):
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError:
            print("cancelled; cancelling() =", t.cancelling())
            print("uncancel ->", t.uncancel())
    print("survived; cancelling() =", t.cancelling())
    return "alive"


async def main():
    t = asyncio.create_task(victim())
    await asyncio.sleep(0)
    print("cancel:", t.cancel(), "cancelling:", t.cancelling())
    print("cancel again:", t.cancel(), "cancelling:", t.cancelling())
    await asyncio.sleep(0)
    t.cancel()
    await asyncio.sleep(0)
    print("result:", await t)
    print("cancel a done task:", t.cancel(), t.cancelling(), t.uncancel())


asyncio.run(main())
