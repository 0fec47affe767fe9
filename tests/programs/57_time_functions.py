# time.time/monotonic/perf_counter follow the virtual clock; a top-level time.sleep advances it without a loop.
import time
import asyncio

print(time.time(), time.monotonic(), time.perf_counter())
time.sleep(2.5)
print(time.time(), time.monotonic(), time.perf_counter())
start = time.monotonic()


async def main():
    loop = asyncio.get_running_loop()
    print("loop starts at", loop.time())
    await asyncio.sleep(0.75)
    print("elapsed", time.monotonic() - start, loop.time())


asyncio.run(main())
time.sleep(0.1)
print("end", time.monotonic(), round(time.time() - 1700000000, 9))
