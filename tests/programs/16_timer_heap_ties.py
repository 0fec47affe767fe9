# Many timers with the same deadline wake in the order they were scheduled, as on a real clock, not in heapq's tie order.
import asyncio

order = []


async def sleeper(i, delay):
    await asyncio.sleep(delay)
    order.append(i)


async def round_of(n, delay):
    tasks = []
    for i in range(n):
        tasks.append(asyncio.create_task(sleeper(i, delay)))
    for t in tasks:
        await t
    print(n, "sleepers woke in order", order)


async def main():
    for n in range(1, 9):
        while len(order) > 0:
            order.pop()
        await round_of(n, 1.0)
    print("t =", asyncio.get_running_loop().time())


asyncio.run(main())
