# Exception __context__ across await: a directly awaited coroutine sees the handler's exception, a separate task does not.
import asyncio


async def inner():
    await asyncio.sleep(0)
    raise ValueError("inner")


def describe(e):
    ctx = e.__context__
    return f"{type(e).__name__}({e}) context={type(ctx).__name__ if ctx else None}"


async def direct():
    try:
        raise KeyError("handled")
    except KeyError:
        await inner()


async def via_task():
    try:
        raise KeyError("handled")
    except KeyError:
        await asyncio.create_task(inner())


def gen_inner():
    yield 1
    raise ValueError("gen")


def gen_outer():
    try:
        raise KeyError("in gen")
    except KeyError:
        yield from gen_inner()


async def main():
    for f in (direct, via_task):
        try:
            await f()
        except ValueError as e:
            print(f.__name__, describe(e))
    try:
        list(gen_outer())
    except ValueError as e:
        print("generator", describe(e))
    g = gen_inner()
    next(g)
    try:
        raise IndexError("outside")
    except IndexError:
        try:
            next(g)
        except ValueError as e:
            print("resumed inside a handler", describe(e))
    try:
        try:
            raise KeyError("a")
        except KeyError:
            await asyncio.sleep(0.1)
            raise TypeError("after await in handler")
    except TypeError as e:
        print("after await", describe(e))


asyncio.run(main())
