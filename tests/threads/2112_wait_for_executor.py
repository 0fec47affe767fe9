# wait_for on run_in_executor times out, but the thread cannot be stopped: it runs to the end.
# realclock
import asyncio
import time


def stubborn():
    time.sleep(0.3)
    print("stubborn: finished anyway")


async def main():
    loop = asyncio.get_running_loop()
    try:
        await asyncio.wait_for(loop.run_in_executor(None, stubborn), timeout=0.1)
    except asyncio.TimeoutError:
        print("main: timed out waiting")


asyncio.run(main())
print("after asyncio.run")
