# expect-exit: 2
# expect-stderr: 04_async_with.py:9:5: error: unsupported: `async with` statement
# expect-stderr: ^
import asyncio


async def main():
    lock = asyncio.Lock()
    async with lock:
        print("locked")


asyncio.run(main())
