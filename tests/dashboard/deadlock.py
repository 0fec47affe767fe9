"""Two workers take two locks in opposite orders: each ends up holding one and waiting for
the other, and main waits for both. Nothing is ready and no timer is set: a deadlock."""
import asyncio


async def worker(first, second, name):
    async with first:
        print(name, "holds its first lock")
        await asyncio.sleep(0.5)
        async with second:
            print(name, "never gets here")


async def main():
    fork, knife = asyncio.Lock(), asyncio.Lock()
    try:
        await asyncio.gather(
            worker(fork, knife, "alice"),
            worker(knife, fork, "bob"),
        )
    finally:
        print("CPython never runs this: it hangs")


asyncio.run(main())
