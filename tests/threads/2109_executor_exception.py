# An exception raised in run_in_executor's function comes out of the await.
# realclock
import asyncio


def explode():
    raise ConnectionError("server went away")


async def main():
    loop = asyncio.get_running_loop()
    try:
        await loop.run_in_executor(None, explode)
    except ConnectionError as e:
        print("caught:", e)


asyncio.run(main())
