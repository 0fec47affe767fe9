# Many tasks with equal and near-equal deadlines: timers fire in deadline order, ties in scheduling order.
import asyncio


async def w(name, d):
    await asyncio.sleep(d)
    print(name, "woke at", asyncio.get_running_loop().time())


async def main():
    delays = [0.3, 0.1 + 0.2, 0.30000000000000004, 0.3, 0.1, 0.2, 0.1 * 3, 0.299999999, 0.3000000001, 0]
    tasks = [asyncio.create_task(w(f"t{i}", d)) for i, d in enumerate(delays)]
    await asyncio.gather(*tasks)
    print("end", asyncio.get_running_loop().time())


asyncio.run(main())
