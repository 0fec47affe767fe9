# sleep(0) yields exactly one loop iteration: three tasks interleave round-robin.
import asyncio


async def counter(name, n):
    for i in range(n):
        print(name, i)
        await asyncio.sleep(0)
    print(name, "finished")


async def main():
    a = asyncio.create_task(counter("a", 3))
    b = asyncio.create_task(counter("b", 2))
    c = asyncio.create_task(counter("c", 4))
    await a
    print("a awaited")
    await b
    await c
    print("all done at", asyncio.get_running_loop().time())


asyncio.run(main())
