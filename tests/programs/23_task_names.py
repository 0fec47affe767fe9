# Task-N names come from one global counter; create_task(name=) still consumes a number; set_name renames.
import asyncio


async def noop():
    await asyncio.sleep(0)
    return asyncio.current_task().get_name()


async def main():
    print("main is", asyncio.current_task().get_name())
    a = asyncio.create_task(noop())
    b = asyncio.create_task(noop(), name="custom")
    c = asyncio.create_task(noop())
    print(a.get_name(), b.get_name(), c.get_name())
    c.set_name("renamed")
    print("c is now", c.get_name())
    print("results", await a, await b, await c)
    g = asyncio.gather(noop(), noop())
    print("gathered", await g)
    d = asyncio.ensure_future(noop())
    print("ensure_future made", d.get_name())
    await d
    d.set_name(123)
    print("set_name(123) gives", repr(d.get_name()))


asyncio.run(main())
