# Generator-based coroutines in 3.11: @types.coroutine, `yield from` a future, plain generators as tasks.
import asyncio, types

@types.coroutine
def old(n):
    print("old start", n)
    yield from asyncio.sleep(0.5)
    print("old end", n)
    return n * 2

def plain(fut):
    v = yield from fut
    print("plain got", v)
    return v

def bad():
    yield from asyncio.sleep(1)

async def main():
    loop = asyncio.get_running_loop()
    print(await old(1))
    t = asyncio.ensure_future(old(2))
    print(await t)
    fut = loop.create_future()
    loop.call_later(0.2, fut.set_result, 42)
    t2 = loop.create_task(plain(fut))
    print(await t2)
    try:
        t3 = asyncio.create_task(bad())
        await t3
    except TypeError as e:
        print("TypeError:", e)
    print(asyncio.iscoroutine(plain(fut)), asyncio.iscoroutine(old(3)))
    try:
        await plain(fut)
    except TypeError as e:
        print("TypeError:", e)

asyncio.run(main())
loop = asyncio.new_event_loop()
print(loop.run_until_complete(old(5)))
loop.close()
