# A task cancelled before its first step never runs its body.
import asyncio


async def never():
    print("this line is never printed")
    return 1


async def main():
    t = asyncio.create_task(never())
    print("cancel returns", t.cancel())
    print("done right after cancel?", t.done())
    await asyncio.sleep(0)
    print("done after one iteration?", t.done(), "cancelled?", t.cancelled())
    print("cancel again returns", t.cancel())
    try:
        await t
    except asyncio.CancelledError:
        print("awaiting it raises CancelledError")


asyncio.run(main())
