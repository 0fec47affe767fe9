# except*: a TaskGroup whose tasks fail, caught with `except* ValueError as eg:` and `except* TypeError`; the other tasks are cancelled, the clauses see the right parts, and the loop's steps match CPython's.
import asyncio


async def worker(name, delay, fail=None):
    try:
        print(f"{name} starts")
        await asyncio.sleep(delay)
        if fail is not None:
            raise fail
        print(f"{name} done")
        return name
    except asyncio.CancelledError:
        print(f"{name} cancelled")
        raise


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(worker("a", 0.1, ValueError("a failed")))
            tg.create_task(worker("b", 0.1, TypeError("b failed")))
            tg.create_task(worker("c", 0.3))
            tg.create_task(worker("d", 0.1, ValueError("d failed")))
    except* ValueError as eg:
        print("value errors:", repr(eg))
        for e in eg.exceptions:
            print("  ", type(e).__name__, e)
    except* TypeError as eg:
        print("type errors:", eg.exceptions)
    print("after the group at", asyncio.get_running_loop().time())

    try:
        async with asyncio.TaskGroup() as tg:
            t = tg.create_task(worker("e", 0.1))
            tg.create_task(worker("f", 0.2, KeyError("f")))
    except* KeyError as eg:
        print("key errors:", eg.exceptions, "e's result:", t.result())

    async with asyncio.TaskGroup() as tg:
        ok = [tg.create_task(worker(n, 0.05)) for n in "gh"]
    print("all fine:", [t.result() for t in ok])


asyncio.run(main())
