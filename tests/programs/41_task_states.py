# done(), cancelled(), result() and exception() across pending, finished, failed and cancelled tasks.
import asyncio


async def ok():
    await asyncio.sleep(0.1)
    return "fine"


async def bad():
    await asyncio.sleep(0.1)
    raise IndexError("list index out of range")


async def slow():
    await asyncio.sleep(10)


def describe(label, t):
    if not t.done():
        print(label, "pending")
    elif t.cancelled():
        print(label, "cancelled")
    elif t.exception() is not None:
        print(label, "failed with", repr(t.exception()))
    else:
        print(label, "returned", repr(t.result()))


async def main():
    tasks = {"ok": asyncio.create_task(ok()), "bad": asyncio.create_task(bad()), "slow": asyncio.create_task(slow())}
    for label, t in tasks.items():
        describe(label, t)
    await asyncio.sleep(0.5)
    tasks["slow"].cancel()
    for label, t in tasks.items():
        describe(label, t)
    await asyncio.sleep(0)
    for label in sorted(tasks.keys()):
        describe(label, tasks[label])


asyncio.run(main())
