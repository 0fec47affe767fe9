# cancel() returns True while a task can still be cancelled and False once it is done.
import asyncio


async def short():
    await asyncio.sleep(0.1)
    return "short"


async def main():
    t = asyncio.create_task(short())
    await asyncio.sleep(0.2)
    print("done:", t.done(), "cancel():", t.cancel(), "cancelled:", t.cancelled(), "result:", t.result())
    u = asyncio.create_task(short())
    await asyncio.sleep(0)
    print("first cancel:", u.cancel(), "second cancel:", u.cancel())
    await asyncio.sleep(0)
    print("after one iteration done:", u.done(), "cancel():", u.cancel())
    me = asyncio.current_task()
    print("self-cancel:", me.cancel("myself"))
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError as e:
        print("main caught its own cancel:", repr(e), "t =", asyncio.get_running_loop().time())
    return "main finished"


print(asyncio.run(main()))
