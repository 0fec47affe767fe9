# An InvalidStateError escapes asyncio.run: the last stderr line names asyncio.exceptions.
import asyncio


async def main():
    f = asyncio.get_running_loop().create_future()
    f.set_result(1)
    print("setting twice")
    f.set_result(2)


asyncio.run(main())
