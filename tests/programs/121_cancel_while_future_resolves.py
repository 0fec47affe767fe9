# Cancelling a task blocked on a future that gets a result in the same iteration.
import asyncio


async def waiter(fut, name):
    try:
        v = await fut
        print(name, "got", v)
        return v
    except asyncio.CancelledError:
        print(name, "cancelled")
        raise


async def main():
    loop = asyncio.get_running_loop()
    # result first, then cancel: the task's wakeup is already scheduled
    f1 = loop.create_future()
    t1 = asyncio.create_task(waiter(f1, "t1"))
    await asyncio.sleep(0)
    f1.set_result("r1")
    print("t1.cancel() ->", t1.cancel())
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print("t1 cancelled?", t1.cancelled(), "done?", t1.done())

    # cancel first, then result: set_result on a cancelled future
    f2 = loop.create_future()
    t2 = asyncio.create_task(waiter(f2, "t2"))
    await asyncio.sleep(0)
    t2.cancel()
    print("f2 cancelled?", f2.cancelled())
    try:
        f2.set_result("r2")
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)
    await asyncio.sleep(0)
    print("t2 cancelled?", t2.cancelled())

    # the future is resolved by a callback scheduled before the cancel
    f3 = loop.create_future()
    t3 = asyncio.create_task(waiter(f3, "t3"))
    await asyncio.sleep(0)
    loop.call_soon(f3.set_result, "r3")
    loop.call_soon(t3.cancel)
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print("t3 cancelled?", t3.cancelled(), "f3 result", f3.result())


asyncio.run(main())
