# expect-exit: 2
# expect-stderr: 45_asyncio_open_connection.py:9:36: error: unsupported: `asyncio.open_connection`
# expect-stderr: coroviz models these names of `asyncio`
import asyncio


async def main():
    await asyncio.sleep(0)
    reader, writer = await asyncio.open_connection("example.com", 80)


asyncio.run(main())
