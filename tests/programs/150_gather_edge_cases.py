# gather with no arguments, the same coroutine or task twice, plain futures, and result order.
import asyncio

calls = []


async def work(x):
    calls.append(x)
    await asyncio.sleep(0.1 * (3 - x))
    return x * 10


async def main():
    loop = asyncio.get_running_loop()
    print(await asyncio.gather())
    c = work(1)
    print(await asyncio.gather(c, c), calls)
    t = asyncio.create_task(work(2))
    print(await asyncio.gather(t, t, work(0)), calls)
    f = loop.create_future()
    loop.call_later(0.5, f.set_result, "future")
    print(await asyncio.gather(f, work(1), f))
    print("ensure_future(f) is f:", asyncio.ensure_future(f) is f, "ensure_future(t) is t:", asyncio.ensure_future(t) is t)
    g = asyncio.gather(work(2))
    print("gather object done before awaiting?", g.done())
    await asyncio.sleep(0.2)
    print("done after 0.2?", g.done(), g.result())
    try:
        await asyncio.gather(1)
    except TypeError as e:
        print("TypeError:", e)
    print("end", loop.time())


asyncio.run(main())
