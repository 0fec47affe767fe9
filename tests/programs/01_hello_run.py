# asyncio.run drives one coroutine to completion and returns its result; loop.time() is virtual.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    print("start", loop.time())
    await asyncio.sleep(1.5)
    print("after sleep", loop.time())
    return "done"


if __name__ == "__main__":
    result = asyncio.run(main())
    print("result:", result)
