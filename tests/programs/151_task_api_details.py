# Task API details: names, set_name, done/cancelled/result on various states, cancel on done tasks.
import asyncio


async def quick():
    return "q"


async def slow():
    await asyncio.sleep(1)


async def main():
    t1 = asyncio.create_task(quick())
    t2 = asyncio.create_task(slow(), name="custom")
    t3 = asyncio.create_task(slow(), name=None)
    t4 = asyncio.ensure_future(quick())
    print(t1.get_name(), t2.get_name(), t3.get_name(), t4.get_name(), asyncio.current_task().get_name())
    t3.set_name(42)
    print(repr(t3.get_name()))
    try:
        t1.result()
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)
    await asyncio.sleep(0)
    print(t1.done(), t1.result(), t1.exception(), t1.cancel(), t1.cancelled())
    print(t2.cancel("stop it"), t2.cancel("again"), t2.cancelling())
    await asyncio.sleep(0)
    print(t2.done(), t2.cancelled())
    try:
        t2.result()
    except asyncio.CancelledError as e:
        print("result() raises CancelledError", e.args)
    try:
        t2.exception()
    except asyncio.CancelledError as e:
        print("exception() raises CancelledError", e.args)
    t3.cancel()
    try:
        await t3
    except asyncio.CancelledError as e:
        print("await cancelled t3:", e.args)
    print(sorted(t.get_name() for t in asyncio.all_tasks()))
    print(t4.get_coro().__name__ if False else "coro-skip", asyncio.iscoroutine(quick()) if False else "")
    t5 = asyncio.create_task(quick(), name="t5")
    await t5
    print(asyncio.current_task() is not t5, asyncio.isfuture(t5), asyncio.iscoroutinefunction(quick))


asyncio.run(main())
try:
    asyncio.current_task()
except RuntimeError as e:
    print("RuntimeError:", e)
