# loop.call_later with equal delays, and call_soon between them: order of scheduling wins.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    done = loop.create_future()
    for i in range(6):
        loop.call_later(0.04, print, "timer", i)
        loop.call_soon(print, "soon", i)
    loop.call_later(0.04, done.set_result, None)
    await done
    print("all fired")


asyncio.run(main())
