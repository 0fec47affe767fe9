# Cancelling a task inside `async with`: __aexit__ sees CancelledError and may await.
import asyncio


class Session:
    def __init__(self, name):
        self.name = name

    async def __aenter__(self):
        print(f"{asyncio.get_running_loop().time():.1f} open {self.name}")
        return self

    async def __aexit__(self, et, ev, tb):
        loop = asyncio.get_running_loop()
        print(f"{loop.time():.1f} close {self.name}: {et.__name__ if et else 'clean'}")
        await asyncio.sleep(0.5)
        print(f"{loop.time():.1f} closed {self.name}")
        return False


async def long_job(name):
    async with Session(name):
        await asyncio.sleep(100)


async def main():
    t = asyncio.create_task(long_job("s1"))
    await asyncio.sleep(1)
    t.cancel("stop now")
    try:
        await t
    except asyncio.CancelledError as e:
        print("cancelled:", e.args, t.cancelled())
    u = asyncio.create_task(long_job("s2"))
    await asyncio.sleep(0.1)
    u.cancel()
    await asyncio.sleep(0.2)
    u.cancel()
    try:
        await u
    except asyncio.CancelledError:
        print("s2 cancelled twice", asyncio.get_running_loop().time())


asyncio.run(main())
