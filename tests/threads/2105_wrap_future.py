# asyncio.wrap_future turns a concurrent.futures.Future into an awaitable asyncio future.
# realclock
import asyncio
from concurrent.futures import ThreadPoolExecutor
import time


async def main():
    with ThreadPoolExecutor(max_workers=1) as pool:
        cf_future = pool.submit(lambda: (time.sleep(0.1), "from the pool")[1])
        aio_future = asyncio.wrap_future(cf_future)
        print(type(cf_future).__module__, "->", type(aio_future).__module__)
        print(await aio_future)


asyncio.run(main())
