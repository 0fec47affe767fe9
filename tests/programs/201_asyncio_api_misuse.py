# asyncio API misuse errors: coroutines passed to call_soon, awaiting non-awaitables, futures of another loop.
import asyncio


async def coro():
    return "c"


async def main():
    loop = asyncio.get_running_loop()
    for label, action in [
        ("call_soon(coro fn)", lambda: loop.call_soon(coro)),
        ("call_later(coro fn)", lambda: loop.call_later(1, coro)),
        ("ensure_future(5)", lambda: asyncio.ensure_future(5)),
        ("create_task(5)", lambda: asyncio.create_task(5)),
        ("gather(5)", lambda: asyncio.gather(5)),
        ("sleep('x') later", None),
    ]:
        if action is None:
            continue
        try:
            action()
            print(label, "accepted")
        except TypeError as e:
            print(label, "TypeError:", e)
    try:
        await 5
    except TypeError as e:
        print("await 5 TypeError:", e)
    try:
        await asyncio.sleep("x")
    except TypeError as e:
        print("sleep('x') TypeError:", e)
    print(asyncio.get_event_loop() is loop, loop.is_running(), loop.is_closed())
    print(asyncio.current_task(loop) is asyncio.current_task())
    other = asyncio.new_event_loop()
    f = other.create_future()
    try:
        loop.run_until_complete(f)
    except RuntimeError as e:
        print("RuntimeError:", e)
    other.close()
    print(await coro())


asyncio.run(main())
try:
    asyncio.all_tasks()
except RuntimeError as e:
    print("RuntimeError:", e)
loop = asyncio.new_event_loop()
other = asyncio.new_event_loop()
t = other.create_task(coro())
try:
    loop.run_until_complete(t)
except ValueError as e:
    print("ValueError:", e)
print(other.run_until_complete(t))
loop.close()
other.close()
print(loop.is_running(), loop.is_closed())
