# expect-exit: 2
# expect-stderr: 05_async_for.py:8:5: error: unsupported: `async for` loop
# expect-stderr: ^
import asyncio


async def main(source):
    async for item in source:
        print(item)
