# An uncaught ValueError from BoundedSemaphore.release.
import asyncio


async def main():
    sem = asyncio.BoundedSemaphore(1)
    async with sem:
        print("inside")
    sem.release()


asyncio.run(main())
