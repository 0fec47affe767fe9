# Coroutine objects without their addresses: names, qualnames, cr_frame's line, cr_running, cr_await, states.
import asyncio
import inspect


async def work():
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    return 1


class Service:
    async def handle(self):
        return "handled"


def factory():
    async def inner():
        print("inner running:", me.cr_running)
    me = inner()
    return me


async def main():
    c = work()
    print(type(c).__name__, c.__name__, c.__qualname__, c.cr_code.co_name)
    print("before start: line", c.cr_frame.f_lineno, inspect.getcoroutinestate(c), c.cr_await)
    t = asyncio.create_task(c)
    await asyncio.sleep(0)
    print("suspended: line", c.cr_frame.f_lineno, inspect.getcoroutinestate(c), type(c.cr_await).__name__)
    await t
    print("done:", c.cr_frame, inspect.getcoroutinestate(c), c.cr_await)
    h = Service().handle()
    print(h.__qualname__, await h)
    i = factory()
    print(i.__qualname__)
    await i
    print(asyncio.iscoroutine(i), inspect.iscoroutine(i), inspect.isawaitable(i))


asyncio.run(main())
