# Async generator pipelines run concurrently in tasks; an early `break` leaves the
# generator to the loop's finalizer, which closes it in a task of its own.
import asyncio


async def numbers(name, n, delay):
    try:
        for i in range(n):
            await asyncio.sleep(delay)
            yield i
    finally:
        print(f"{asyncio.get_running_loop().time():.2f} {name} closed")


async def doubled(source):
    async for v in source:
        yield v * 2


async def worker(name, n, delay):
    out = []
    async for v in doubled(numbers(name, n, delay)):
        out.append(v)
        print(f"{asyncio.get_running_loop().time():.2f} {name} -> {v}")
    return out


async def take_two():
    async for v in numbers("endless", 100, 0.25):
        if v == 1:
            break
    print("take_two done")
    await asyncio.sleep(0)
    print("after a loop turn")


async def main():
    print(await asyncio.gather(worker("w1", 3, 0.4), worker("w2", 2, 0.7)))
    await take_two()
    await asyncio.sleep(0.1)
    print("names:", sorted(t.get_name() for t in asyncio.all_tasks()))


asyncio.run(main())
