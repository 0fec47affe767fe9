# AsyncExitStack with enter_async_context and push_async_callback, unwound in reverse order on the virtual clock.
import asyncio
from contextlib import AsyncExitStack, asynccontextmanager


@asynccontextmanager
async def session(name, delay):
    await asyncio.sleep(delay)
    print(f"{asyncio.get_running_loop().time():.2f} open {name}")
    try:
        yield name
    finally:
        await asyncio.sleep(delay)
        print(f"{asyncio.get_running_loop().time():.2f} close {name}")


async def goodbye(who):
    await asyncio.sleep(0.1)
    print("goodbye", who)


async def main():
    async with AsyncExitStack() as stack:
        sessions = [await stack.enter_async_context(session(n, d)) for n, d in (("s1", 0.5), ("s2", 0.25))]
        stack.push_async_callback(goodbye, "everyone")
        stack.callback(print, "sync callback")
        print("working with", sessions)
    print("all closed at", asyncio.get_running_loop().time())


asyncio.run(main())
