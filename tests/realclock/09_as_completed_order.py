# as_completed yields in finishing order; equal finishing times keep the order of the sleeps.
# (Tasks, not bare coroutines: as_completed wraps coroutines in the order of a set of them,
# which in CPython follows memory addresses.)
import asyncio


async def job(name, d):
    await asyncio.sleep(d)
    return name


async def main():
    specs = [("slow", 0.12), ("tie-1", 0.06), ("fast", 0.03), ("tie-2", 0.06)]
    jobs = [asyncio.create_task(job(n, d)) for n, d in specs]
    for fut in asyncio.as_completed(jobs):
        print(await fut)


asyncio.run(main())
