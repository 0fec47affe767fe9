# Two tasks take two locks in opposite order: a deadlock the virtual loop reports (exit 3).
import asyncio


async def worker(name, first, second):
    async with first:
        print(name, "has its first lock")
        await asyncio.sleep(0.1)
        print(name, "wants its second lock at", asyncio.get_running_loop().time())
        async with second:
            print("never", name)


async def main():
    a, b = asyncio.Lock(), asyncio.Lock()
    await asyncio.gather(worker("left", a, b), worker("right", b, a))


asyncio.run(main())
