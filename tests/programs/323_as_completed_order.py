# as_completed yields results in completion order; exceptions come out of the await.
import asyncio


async def job(name, d, fail=False):
    await asyncio.sleep(d)
    if fail:
        raise RuntimeError(f"{name} failed")
    return name


async def main():
    loop = asyncio.get_running_loop()
    tasks = [
        asyncio.create_task(job("slow", 0.3)),
        asyncio.create_task(job("fast", 0.1)),
        asyncio.create_task(job("bad", 0.2, fail=True)),
        asyncio.create_task(job("tie", 0.1)),
    ]
    for coro in asyncio.as_completed(tasks):
        try:
            print(f"{loop.time():.1f}", await coro)
        except RuntimeError as e:
            print(f"{loop.time():.1f} error: {e}")
    try:
        for _ in asyncio.as_completed(tasks[0]):
            pass
    except TypeError as e:
        print("TypeError:", e)


asyncio.run(main())
