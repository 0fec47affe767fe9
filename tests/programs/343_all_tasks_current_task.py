# all_tasks and current_task as tasks come and go; a task's name and coroutine.
import asyncio


async def worker(d):
    t = asyncio.current_task()
    print("in", t.get_name(), t.get_coro().__name__)
    await asyncio.sleep(d)


async def main():
    me = asyncio.current_task()
    print("main is", me.get_name(), me in asyncio.all_tasks())
    ts = [asyncio.create_task(worker(d), name=f"w{d}") for d in (0.1, 0.2)]
    print(sorted(t.get_name() for t in asyncio.all_tasks()))
    await asyncio.sleep(0.15)
    print(sorted(t.get_name() for t in asyncio.all_tasks()))
    await asyncio.gather(*ts)
    print(sorted(t.get_name() for t in asyncio.all_tasks()))
    print(asyncio.current_task() is me)


asyncio.run(main())
try:
    asyncio.current_task()
except RuntimeError as e:
    print("outside a loop:", e)
