# sleep(0) yields exactly one loop iteration: round-robin among ready tasks, callbacks interleave.
import asyncio


async def spinner(name, n):
    for i in range(n):
        print(name, i)
        await asyncio.sleep(0)
    return name


async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(print, "soon-1")
    a = asyncio.create_task(spinner("A", 3))
    loop.call_soon(print, "soon-2")
    b = asyncio.create_task(spinner("B", 2))
    print("main before await")
    await asyncio.sleep(0)
    print("main after first sleep(0)")
    loop.call_soon(print, "soon-3")
    c = asyncio.create_task(spinner("C", 1))
    print(await asyncio.gather(a, b, c))


asyncio.run(main())
