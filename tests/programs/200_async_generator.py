# Async generators: `yield` inside `async def`, consumed by `async for`, driven by
# __anext__/asend/athrow/aclose; `finally` runs when they finish or are closed.
import asyncio


async def ticks(n, delay):
    try:
        for i in range(n):
            await asyncio.sleep(delay)
            print(f"  {asyncio.get_running_loop().time():.1f} produce {i}")
            yield i
    finally:
        print("  ticks cleanup")


async def echo():
    received = None
    while True:
        try:
            received = yield f"echo {received}"
        except KeyError as e:
            received = f"handled {e}"
        if received == "stop":
            return


async def main():
    async for t in ticks(3, 0.5):
        print("consume", t)
    agen = ticks(5, 1)
    print(type(agen).__name__, agen.__name__, agen.__qualname__)
    print(await agen.__anext__(), await anext_(agen))
    await agen.aclose()
    print("after aclose")
    try:
        await agen.__anext__()
    except StopAsyncIteration:
        print("StopAsyncIteration after close")
    e = echo()
    print(await e.asend(None))
    print(await e.asend("hi"))
    print(await e.athrow(KeyError("k")))
    try:
        await e.asend("stop")
    except StopAsyncIteration:
        print("echo finished")
    squares = []
    async for x in ticks(3, 0):
        squares.append(x * x)
    print(squares)


async def anext_(agen):
    return await agen.__anext__()


async def failing():
    yield 1
    raise ValueError("bad item")


async def use_failing():
    try:
        async for v in failing():
            print("got", v)
    except ValueError as e:
        print("ValueError:", e)


async def ignores_exit():
    try:
        yield 1
    finally:
        yield 2


async def check_errors():
    g = ignores_exit()
    await g.__anext__()
    try:
        await g.aclose()
    except RuntimeError as e:
        print("RuntimeError:", e)
    op = ticks(1, 0).__anext__()
    print(type(op).__name__)
    await op
    try:
        await op
    except RuntimeError as e:
        print("RuntimeError:", e)


asyncio.run(main())
asyncio.run(use_failing())
asyncio.run(check_errors())
