# A running task's repr: the coroutine's current line, through nested awaits, calls and comprehensions.
import asyncio


def show(label):
    t = asyncio.current_task()
    print(label, repr(t).split(" cb=")[0].replace(__file__, "FILE"))


async def inner():
    show("inner:")
    await asyncio.sleep(0)
    show("inner again:")


async def child(n):
    show("child start:")
    await inner()
    x = [show("in a list:") for _ in range(1)]
    return n


async def main():
    show("main:")
    t = asyncio.create_task(child(1), name="c")
    print(repr(t).replace(__file__, "FILE"))
    await asyncio.sleep(0)
    print(repr(t).replace(__file__, "FILE"))
    print(await t)
    show("main end:")

asyncio.run(main())
