# A tiny scheduler keeps (deadline, name) pairs sorted with bisect.insort and runs them on the virtual clock.
import asyncio
import bisect


async def main():
    loop = asyncio.get_running_loop()
    schedule = []
    for deadline, name in [(2.0, "water plants"), (0.5, "tea"), (1.25, "email"), (0.5, "stretch")]:
        bisect.insort(schedule, (deadline, name))
    print(schedule)
    while schedule:
        deadline, name = schedule.pop(0)
        await asyncio.sleep(deadline - loop.time())
        print(f"{loop.time():5.2f} {name}")
        if name == "tea":
            bisect.insort(schedule, (loop.time() + 1, "more tea"))
    print(bisect.bisect([1.0, 2.0], loop.time()))


asyncio.run(main())
