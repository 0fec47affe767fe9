# @asynccontextmanager: an async connection that opens and closes around a block, even when it fails.
import asyncio
from contextlib import asynccontextmanager


@asynccontextmanager
async def connection(host):
    loop = asyncio.get_running_loop()
    await asyncio.sleep(0.5)
    print(f"{loop.time():.1f} connected to {host}")
    try:
        yield f"conn:{host}"
    finally:
        await asyncio.sleep(0.25)
        print(f"{loop.time():.1f} closed {host}")


async def fetch(host, fail=False):
    async with connection(host) as conn:
        await asyncio.sleep(1)
        if fail:
            raise ConnectionError(f"{host} dropped")
        return f"data from {conn}"


async def main():
    print(await fetch("a.example"))
    try:
        await fetch("b.example", fail=True)
    except ConnectionError as e:
        print("ConnectionError:", e)
    print(await asyncio.gather(fetch("c"), fetch("d")))


asyncio.run(main())
