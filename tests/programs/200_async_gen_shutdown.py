# Async generators still alive when asyncio.run() ends are closed by the loop's
# shutdown_asyncgens(); ones dropped earlier go through the finalizer hook.
import asyncio


async def ticker(name, n):
    try:
        for i in range(n):
            await asyncio.sleep(0.1)
            yield i
    finally:
        print(f"{name} cleanup in {asyncio.current_task().get_name()}")
        await asyncio.sleep(0.1)
        print(f"{name} cleanup done")


kept = ticker("kept", 10)
finished = ticker("finished", 1)


async def main():
    async for v in kept:
        if v == 1:
            break
    async for v in finished:
        pass
    async for v in ticker("dropped", 10):
        break
    print("main ends")


asyncio.run(main())
print("after run")


async def other():
    print(await kept.__anext__() if False else "second run")


asyncio.run(other())
