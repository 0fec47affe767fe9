# An exception raised inside a task is re-raised in whoever awaits it.
import asyncio


async def fails(n):
    await asyncio.sleep(0.1 * n)
    raise ValueError(f"bad input {n}")


async def main():
    t = asyncio.create_task(fails(2))
    try:
        await t
    except ValueError as e:
        print("caught:", e, repr(e))
    print("done:", t.done(), "cancelled:", t.cancelled())
    print("exception():", repr(t.exception()))
    try:
        t.result()
    except ValueError as e:
        print("result() re-raises:", e)


asyncio.run(main())
