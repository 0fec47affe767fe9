# asyncio.timeout corners: reprs and when()/expired() in each state, reschedule() errors before entry and after exit, re-entry, a deadline already past, None, and uncancel() counts when the body swallows the cancellation.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    cm = asyncio.timeout(1.23456)
    print(repr(cm), cm.when(), cm.expired())
    try:
        cm.reschedule(5)
    except RuntimeError as e:
        print("RuntimeError:", e)
    async with cm:
        print(repr(cm), cm.expired())
        cm.reschedule(None)
        print(repr(cm), cm.when())
        cm.reschedule(loop.time() + 0.5)
        print(repr(cm))
        await asyncio.sleep(0.1)
    print(repr(cm), cm.expired())
    for f in (lambda: cm.reschedule(1), ):
        try:
            f()
        except RuntimeError as e:
            print("RuntimeError:", e)
    try:
        async with cm:
            pass
    except RuntimeError as e:
        print("RuntimeError:", e)

    past = asyncio.timeout_at(loop.time() - 1)
    try:
        async with past:
            print("entered past deadline", repr(past))
            await asyncio.sleep(0)
            print("not reached")
    except TimeoutError as e:
        print("TimeoutError", repr(e), type(e.__cause__).__name__, past.expired(), repr(past))
    try:
        past.reschedule(3)
    except RuntimeError as e:
        print("RuntimeError:", e)

    task = asyncio.current_task()
    swallow = asyncio.timeout(0.1)
    async with swallow:
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError:
            print("body swallowed it", task.cancelling())
    print("after swallow:", repr(swallow), swallow.expired(), task.cancelling(), loop.time())

    async with asyncio.timeout(None) as none_cm:
        await asyncio.sleep(0.2)
        print(repr(none_cm), none_cm.when())
    print(type(cm).__name__, type(cm).__module__, getattr(asyncio.Timeout, "__final__", None))

    async def victim():
        async with asyncio.timeout(0.5):
            await asyncio.sleep(1)

    t = asyncio.create_task(victim())
    await asyncio.sleep(0.1)
    t.cancel("outside")
    try:
        await t
    except asyncio.CancelledError as e:
        print("outside cancel wins:", e.args, t.cancelling())


asyncio.run(main())
