# A task after cancel() prints as <Task cancelling ...> until it finishes, then <Task cancelled ...>.
import asyncio


def show(label, obj):
    print(label, repr(obj).replace(__file__, "FILE"))


async def sleeper():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("sleeper sees the cancel")
        raise


async def main():
    task = asyncio.create_task(sleeper(), name="sleeper")
    await asyncio.sleep(0)
    print("cancel() returns", task.cancel())
    show("after cancel():", task)
    print("cancelling() =", task.cancelling())
    await asyncio.sleep(0)
    show("one step later:", task)
    fresh = asyncio.create_task(sleeper(), name="never-started")
    fresh.cancel()
    show("cancelled before its first step:", fresh)
    await asyncio.sleep(0)
    show("then:", fresh)


asyncio.run(main())
