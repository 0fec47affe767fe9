# asyncio.sleep(delay=..., result=...) in keyword and positional forms, and its error for an unknown keyword.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    print(await asyncio.sleep(delay=0.5, result="half"), loop.time())
    print(await asyncio.sleep(0.25, result=[1, 2]), loop.time())
    print(await asyncio.sleep(1, "positional result"), loop.time())
    print(await asyncio.sleep(delay=0), loop.time())
    print(await asyncio.sleep(result="r", delay=0.25), loop.time())
    try:
        await asyncio.sleep(seconds=1)
    except TypeError as e:
        print("TypeError:", e)
    try:
        await asyncio.sleep()
    except TypeError as e:
        print("TypeError:", e)


asyncio.run(main())
