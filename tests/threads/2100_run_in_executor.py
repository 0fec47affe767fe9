# loop.run_in_executor(None, f) runs a blocking function in the default pool and awaits it.
# realclock
import asyncio
import time


def blocking_io(secs):
    time.sleep(secs)
    return f"slept {secs}"


async def main():
    loop = asyncio.get_running_loop()
    result = await loop.run_in_executor(None, blocking_io, 0.2)
    print(result)


asyncio.run(main())
