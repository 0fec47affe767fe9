# Waiting on run_coroutine_threadsafe's result inside the loop's own thread blocks the loop for good.
import asyncio


async def answer():
    return 42


async def main():
    loop = asyncio.get_running_loop()
    future = asyncio.run_coroutine_threadsafe(answer(), loop)
    print("waiting for the loop, in the loop...")
    print(future.result())


asyncio.run(main())
