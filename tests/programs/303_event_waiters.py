# asyncio.Event: several tasks wait; set() wakes them all in order; clear() makes new waiters wait.
import asyncio


async def waiter(ev, name):
    loop = asyncio.get_running_loop()
    print(name, "waits at", loop.time(), "is_set:", ev.is_set())
    r = await ev.wait()
    print(name, "woke at", loop.time(), "with", r)


async def main():
    loop = asyncio.get_running_loop()
    ev = asyncio.Event()
    ts = [asyncio.create_task(waiter(ev, f"w{i}")) for i in range(3)]
    await asyncio.sleep(0.5)
    print("set at", loop.time())
    ev.set()
    ev.set()
    await asyncio.sleep(0)
    print("after one iteration")
    await asyncio.gather(*ts)
    print("wait on a set event:", await ev.wait())
    ev.clear()
    late = asyncio.create_task(waiter(ev, "late"))
    await asyncio.sleep(0.25)
    print("late done?", late.done())
    ev.set()
    await late
    print("end", loop.time())


asyncio.run(main())
